<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Someone used an old sign-in of your account, so that session was ended to protect it. Sign in again, and see Profile › Security for where it came from.</source>
        <translation>Alguien usó un inicio de sesión antiguo de su cuenta, así que esa sesión se cerró para protegerla. Vuelva a iniciar sesión y consulte Perfil › Seguridad para ver de dónde vino.</translation>
    </message>
</context>
<context>
    <name>ApiConsole</name>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Is the server up? (GET /health)</source>
        <translation>¿Responde el servidor? (GET /health)</translation>
    </message>
    <message>
        <source>Create an account (POST /register)</source>
        <translation>Crear una cuenta (POST /register)</translation>
    </message>
    <message>
        <source>Log in (POST /login)</source>
        <translation>Iniciar sesión (POST /login)</translation>
    </message>
    <message>
        <source>New tokens (POST /token/refresh)</source>
        <translation>Tokens nuevos (POST /token/refresh)</translation>
    </message>
    <message>
        <source>Log out (POST /logout)</source>
        <translation>Cerrar sesión (POST /logout)</translation>
    </message>
    <message>
        <source>Search the catalogue (GET /moviedata)</source>
        <translation>Buscar en el catálogo (GET /moviedata)</translation>
    </message>
    <message>
        <source>One film (GET /moviedata/{id})</source>
        <translation>Una película (GET /moviedata/{id})</translation>
    </message>
    <message>
        <source>Add a film (POST /moviedata, admins)</source>
        <translation>Añadir una película (POST /moviedata, administradores)</translation>
    </message>
    <message>
        <source>Change a film (PATCH /moviedata/{id}, admins)</source>
        <translation>Cambiar una película (PATCH /moviedata/{id}, administradores)</translation>
    </message>
    <message>
        <source>Delete a film (DELETE /moviedata/{id}, admins)</source>
        <translation>Borrar una película (DELETE /moviedata/{id}, administradores)</translation>
    </message>
    <message>
        <source>My account (GET /userdetails)</source>
        <translation>Mi cuenta (GET /userdetails)</translation>
    </message>
    <message>
        <source>Rename me (PATCH /userdetails)</source>
        <translation>Cambiar mi nombre (PATCH /userdetails)</translation>
    </message>
    <message>
        <source>The API description (GET /openapi.json)</source>
        <translation>La descripción de la API (GET /openapi.json)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>with my token</source>
        <translation>con mi token</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Aún no se ha enviado ninguna petición.</translation>
    </message>
    <message>
        <source>/path?query</source>
        <translation>/ruta?consulta</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>&amp;Use my session</source>
        <translation>&amp;Usar mi sesión</translation>
    </message>
    <message>
        <source>Sets Authorization: Bearer with your signed-in access token</source>
        <translation>Pone Authorization: Bearer con su token de acceso</translation>
    </message>
    <message>
        <source>Remove Authorization</source>
        <translation>Quitar Authorization</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Otherwise the token is written as $TOKEN</source>
        <translation>Si no, el token se escribe como $TOKEN</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Formatear JSON</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
    <message>
        <source>History (double-click to load)</source>
        <translation>Historial (doble clic para cargar)</translation>
    </message>
    <message>
        <source>You are not signed in: there is no session to use.</source>
        <translation>No ha iniciado sesión: no hay sesión que usar.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Sin cuerpo.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2). It can still be sent, to see the server&apos;s answer.</source>
        <translation>JSON no válido: %1 (en el carácter %2). Se puede enviar igualmente para ver la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Enviando %1 %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problema %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a path on this server: start it with /, like /moviedata?q=alien.</source>
        <translation>«%1» no es una ruta de este servidor: empiece por /, como /moviedata?q=alien.</translation>
    </message>
    <message>
        <source>%1 %2 needs a token. Press “Use my session” to send yours, or send it as it is to see the 401.</source>
        <translation>%1 %2 necesita un token. Pulse «Usar mi sesión» para enviar el suyo, o envíela tal cual para ver el 401.</translation>
    </message>
    <message>
        <source>%1 %2 needs no token.</source>
        <translation>%1 %2 no necesita token.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copiado al portapapeles: %1</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The catalogue service did not answer (%1).</source>
        <translation>El servicio del catálogo no respondió (%1).</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en %1.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Ya existe una cuenta con este correo.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Solo un administrador puede hacer esto.</translation>
    </message>
    <message>
        <source>This film is no longer in the catalogue.</source>
        <translation>Esta película ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Hay campos que corregir.</translation>
    </message>
    <message>
        <source>That is too much text.</source>
        <translation>El texto es demasiado largo.</translation>
    </message>
    <message>
        <source>The catalogue service ran into a problem; nothing was changed.</source>
        <translation>El servicio del catálogo tuvo un problema; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The request was refused (%1).</source>
        <translation>La petición fue rechazada (%1).</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>Esta contraseña es demasiado común. Elija una más difícil de adivinar.</translation>
    </message>
    <message>
        <source>The password must not be your email.</source>
        <translation>La contraseña no puede ser su correo.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Escriba un correo como nombre@ejemplo.es.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>Este valor no es del tipo correcto.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Esto no puede estar vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use al menos %n carácter.</numerusform>
            <numerusform>Use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>Quite los caracteres de control.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Introduzca un número de %1 a %2.</translation>
    </message>
    <message>
        <source>Enter a date in the years %1 to %2.</source>
        <translation>Introduzca una fecha entre los años %1 y %2.</translation>
    </message>
    <message>
        <source>The year must match the release date.</source>
        <translation>El año debe coincidir con la fecha de estreno.</translation>
    </message>
    <message>
        <source>The last year must not be before the first.</source>
        <translation>El último año no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>Change something first.</source>
        <translation>Cambie algo primero.</translation>
    </message>
    <message>
        <source>This cannot be set here.</source>
        <translation>Esto no se puede establecer aquí.</translation>
    </message>
    <message>
        <source>This is not one of the allowed values.</source>
        <translation>No es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>This viewing is no longer in your diary.</source>
        <translation>Este visionado ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This file is not an image Reelvault can use: choose a JPEG, PNG or WebP image.</source>
        <translation>Este archivo no es una imagen que Reelvault pueda usar: elige una imagen JPEG, PNG o WebP.</translation>
    </message>
    <message>
        <source>This image is too large: at most 10,000 pixels a side and 30 megapixels.</source>
        <translation>Esta imagen es demasiado grande: como mucho 10.000 píxeles por lado y 30 megapíxeles.</translation>
    </message>
    <message>
        <source>This film has no poster.</source>
        <translation>Esta película no tiene cartel.</translation>
    </message>
    <message>
        <source>This server answers only for the name it listens on. Reach it by that name, or through a reverse proxy that sends it Host: localhost (see docs/shared-server.md).</source>
        <translation>Este servidor solo responde al nombre en el que escucha. Llegue a él por ese nombre o a través de un proxy inverso que le envíe Host: localhost (consulte docs/shared-server.md).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the catalogue</source>
        <translation>Hacer una copia del catálogo</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>One file with every account, diary, rating, import and poster of this catalogue, encrypted with a passphrase. Without the passphrase nobody can read it, not even you: keep it safe.</source>
        <translation>Un solo archivo con todas las cuentas, diarios, valoraciones, importaciones y carteles de este catálogo, cifrado con una frase de paso. Sin ella nadie puede leerlo, ni siquiera usted: guárdela bien.</translation>
    </message>
    <message>
        <source>Restoring replaces every account, diary, rating, import and poster of this catalogue with the backup&apos;s. What is here now is kept as a backup in the data folder, with the same passphrase. Everyone then signs in with the accounts of the backup.</source>
        <translation>Restaurar sustituye todas las cuentas, diarios, valoraciones, importaciones y carteles de este catálogo por los de la copia. Lo que hay ahora se guarda como copia en la carpeta de datos, con la misma frase de paso. Después, todos inician sesión con las cuentas de la copia.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de paso:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repetir la frase de paso:</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Reelvault backups (*.rvbackup)</source>
        <translation>Copias de Reelvault (*.rvbackup)</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Elija el archivo de copia.</translation>
    </message>
    <message>
        <source>There is no file here.</source>
        <translation>Aquí no hay ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>La frase de paso debe tener al menos %n carácter.</numerusform>
            <numerusform>La frase de paso debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <source>The backup could not be saved to %1: %2</source>
        <translation>No se pudo guardar la copia en %1: %2</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Keep the passphrase: without it the backup cannot be restored.</source>
        <translation>Copia guardada en %1 (%2). Conserve la frase de paso: sin ella la copia no se puede restaurar.</translation>
    </message>
    <message>
        <source>Replace this catalogue?</source>
        <translation>¿Sustituir este catálogo?</translation>
    </message>
    <message>
        <source>Everything in this catalogue (every account, diary, rating, import and poster) will be replaced by the backup in %1. What is here now is kept in the data folder as a backup with the same passphrase.</source>
        <translation>Todo este catálogo (cuentas, diarios, valoraciones, importaciones y carteles) se sustituirá por la copia %1. Lo que hay ahora se guarda en la carpeta de datos como copia con la misma frase de paso.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup.</source>
        <translation>Esta frase de paso no abre la copia.</translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <translation>No se ha sustituido nada: %1</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The catalogue as it was is kept as %2 in the data folder.</source>
        <translation>Se ha restaurado la copia del %1. El catálogo tal como estaba se guarda como %2 en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The catalogue was restored from the backup made %1. Sign in with an account of the backup.</source>
        <translation>El catálogo se ha restaurado desde la copia del %1. Inicie sesión con una cuenta de la copia.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Select a film to see its details.</source>
        <translation>Seleccione una película para ver sus detalles.</translation>
    </message>
    <message>
        <source>Search titles and directors</source>
        <translation>Buscar títulos y directores</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Todos los géneros</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Add film…</source>
        <translation>&amp;Añadir película…</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrador:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No films match</source>
        <translation>Ninguna película coincide</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 US$</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Estreno</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>Nota IMDb</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Rotten Tomatoes</source>
        <translation>Rotten Tomatoes</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidora</translation>
    </message>
    <message>
        <source>US gross</source>
        <translation>Recaudación (EE. UU.)</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Recaudación mundial</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«%1» añadida.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>Delete film</source>
        <translation>Borrar película</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue? This cannot be undone.</source>
        <translation>¿Borrar «%1» del catálogo? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» borrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln película</numerusform>
            <numerusform>%Ln películas</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Mostrar detalles</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copiar título</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la búsqueda «%1»</translation>
    </message>
    <message>
        <source>the genre %1</source>
        <translation>el género %1</translation>
    </message>
    <message>
        <source>the years %1 to %2</source>
        <translation>los años %1 a %2</translation>
    </message>
    <message>
        <source>the years from %1</source>
        <translation>los años desde %1</translation>
    </message>
    <message>
        <source>the years up to %1</source>
        <translation>los años hasta %1</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>El catálogo está vacío.</translation>
    </message>
    <message>
        <source>No films match %1.</source>
        <translation>Ninguna película coincide con %1.</translation>
    </message>
    <message>
        <source>Try other words or filters, or press “Clear filters” to see every film.</source>
        <translation>Pruebe otras palabras o filtros, o pulse «Quitar filtros» para ver todas las películas.</translation>
    </message>
    <message>
        <source>Saved “%1”; it does not match the current search and filters.</source>
        <translation>«%1» guardada; no coincide con la búsqueda y los filtros actuales.</translation>
    </message>
    <message>
        <source>All films</source>
        <translation>Todas las películas</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>No vistas</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritas</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Only the films you gave this tag</source>
        <translation>Solo las películas a las que diste esta etiqueta</translation>
    </message>
    <message>
        <source>Only the films you rated at least so</source>
        <translation>Solo las películas que valoraste al menos así</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier nota</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>la etiqueta «%1»</translation>
    </message>
    <message>
        <source>your rating of %1 or more</source>
        <translation>tu nota de %1 o más</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue any more.</source>
        <translation>«%1» ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>%L1+ films</source>
        <translation>%L1+ películas</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>No se pudo guardar el gráfico en %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Petición</translation>
    </message>
    <message>
        <source>&amp;Walk through the flow</source>
        <translation>&amp;Recorrer el flujo</translation>
    </message>
    <message>
        <source>&amp;Token inspector</source>
        <translation>Inspector de &amp;tokens</translation>
    </message>
    <message>
        <source>API Console — Reelvault</source>
        <translation>Consola de la API — Reelvault</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>&amp;Mostrar en el catálogo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Película</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rewatch</source>
        <translation>Revisionado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your diary is empty.

Mark a film watched in the catalogue (“Watched today” in its panel) and it appears here.</source>
        <translation>Tu diario está vacío.

Marca una película como vista en el catálogo («Vista hoy» en su panel) y aparecerá aquí.</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>revisionado</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln film(s)</source>
        <translation>
            <numerusform>%1 · %Ln película</numerusform>
            <numerusform>%1 · %Ln películas</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln visionado</numerusform>
            <numerusform>%Ln visionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the viewing.</source>
        <translation>Visionado guardado.</translation>
    </message>
    <message>
        <source>Delete viewing</source>
        <translation>Eliminar visionado</translation>
    </message>
    <message>
        <source>Delete your viewing of %1 on %2 from the diary?</source>
        <translation>¿Eliminar del diario tu visionado de %1 del %2?</translation>
    </message>
    <message>
        <source>Deleted the viewing of %1.</source>
        <translation>Visionado de %1 eliminado.</translation>
    </message>
</context>
<context>
    <name>FilmText</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FlowWalkthrough</name>
    <message>
        <source>1. Register a demo user (POST /register)</source>
        <translation>1. Registrar un usuario de prueba (POST /register)</translation>
    </message>
    <message>
        <source>2. Log in and receive a token (POST /login)</source>
        <translation>2. Iniciar sesión y recibir un token (POST /login)</translation>
    </message>
    <message>
        <source>3. Ask for the films without the token (GET /moviedata → 401)</source>
        <translation>3. Pedir las películas sin token (GET /moviedata → 401)</translation>
    </message>
    <message>
        <source>4. Ask again with the token (GET /moviedata → 200)</source>
        <translation>4. Pedirlas con el token (GET /moviedata → 200)</translation>
    </message>
    <message>
        <source>5. Read the account (GET /userdetails)</source>
        <translation>5. Leer la cuenta (GET /userdetails)</translation>
    </message>
    <message>
        <source>6. Log out (POST /logout)</source>
        <translation>6. Cerrar sesión (POST /logout)</translation>
    </message>
    <message>
        <source>7. Try the old token again (GET /userdetails → 401)</source>
        <translation>7. Probar de nuevo el token antiguo (GET /userdetails → 401)</translation>
    </message>
    <message>
        <source>The lesson&apos;s flow against this app&apos;s own API, one step at a time. Each step shows what it sent and what came back.</source>
        <translation>El flujo de la lección contra la propia API de esta aplicación, paso a paso. Cada paso muestra lo que envió y lo que recibió.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>✔ %1, as expected</source>
        <translation>✔ %1, como se esperaba</translation>
    </message>
    <message>
        <source>✘ %1 (expected %2)</source>
        <translation>✘ %1 (se esperaba %2)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <source>8. Clean up: sign in and delete the demo account (DELETE /userdetails → 204)</source>
        <translation>8. Limpiar: iniciar sesión y eliminar la cuenta de demostración (DELETE /userdetails → 204)</translation>
    </message>
    <message>
        <source>(signed in again as %1 for the last step)</source>
        <translation>(sesión iniciada de nuevo como %1 para el último paso)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDelegate</name>
    <message>
        <source>Skip this row</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <source>Type to find the film</source>
        <translation>Escribe para encontrar la película</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import — %1</source>
        <translation>Importar — %1</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Film in the catalogue</source>
        <translation>Película del catálogo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>This file is larger than 32 MiB; an export of a film history is far smaller. Is it the right file?</source>
        <translation>Este archivo supera los 32 MiB; una exportación de historial de películas es mucho menor. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Reading the file and matching its films…</source>
        <translation>Leyendo el archivo y buscando sus películas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Reelvault cannot import this file. It takes a Letterboxd export (the ZIP, or a CSV file from it), an IMDb ratings or list export (CSV), or Reelvault&apos;s own JSON export.</source>
        <translation>Reelvault no puede importar este archivo. Admite una exportación de Letterboxd (el ZIP o uno de sus CSV), una exportación de valoraciones o lista de IMDb (CSV) o la exportación JSON de Reelvault.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s). Matched %2, to choose %3, no film found %4, skipped %5.</source>
        <translation>
            <numerusform>%1: %Ln fila. Encontradas %2, por elegir %3, sin película %4, omitidas %5.</numerusform>
            <numerusform>%1: %Ln filas. Encontradas %2, por elegir %3, sin película %4, omitidas %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln visionado</numerusform>
            <numerusform>%Ln visionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln valoración</numerusform>
            <numerusform>%Ln valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the watchlist</source>
        <translation>
            <numerusform>%Ln en la lista de pendientes</numerusform>
            <numerusform>%Ln en la lista de pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favourite(s)</source>
        <translation>
            <numerusform>%Ln favorita</numerusform>
            <numerusform>%Ln favoritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing it changes nothing: all of it is here already.</source>
        <translation>Importarlo no cambia nada: todo está ya aquí.</translation>
    </message>
    <message>
        <source>Importing it adds or changes: %1.</source>
        <translation>Importarlo añade o cambia: %1.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>Por elegir</translation>
    </message>
    <message>
        <source>No film found</source>
        <translation>Ninguna película encontrada</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>The rows you choose a film for below are imported too.</source>
        <translation>Las filas para las que elijas una película abajo también se importan.</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Enviando el archivo…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to choose the film</source>
        <translation>Doble clic o Intro para elegir la película</translation>
    </message>
    <message>
        <source>Double-click or press Enter to find the film</source>
        <translation>Doble clic o Intro para buscar la película</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Welcome back to your film collection.</source>
        <translation>Bienvenido de nuevo a su colección de películas.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>No account yet? Create one</source>
        <translation>¿Aún sin cuenta? Cree una</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Escriba su correo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Ha olvidado la contraseña?</translation>
    </message>
    <message>
        <source>Catalogue on %1 · Change…</source>
        <translation>Catálogo en %1 · Cambiar…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the catalogue service…</source>
        <translation>Iniciando el servicio del catálogo…</translation>
    </message>
    <message>
        <source>Reelvault</source>
        <translation>Reelvault</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>%1 You will need to sign in each time you start Reelvault; nothing is stored in plain files.</source>
        <translation>%1 Tendrá que iniciar sesión cada vez que abra Reelvault; no se guarda nada en archivos de texto.</translation>
    </message>
    <message>
        <source>No system keychain: signing in is not remembered.</source>
        <translation>Sin llavero del sistema: el inicio de sesión no se recuerda.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>API &amp;Console…</source>
        <translation>&amp;Consola de la API…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language changes the next time Reelvault starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Reelvault.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Reelvault</source>
        <translation>Acerca de &amp;Reelvault</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s API is served here; try it with curl.</source>
        <translation>Aquí se sirve la API del catálogo; pruébela con curl.</translation>
    </message>
    <message>
        <source>Opening your catalogue…</source>
        <translation>Abriendo su catálogo…</translation>
    </message>
    <message>
        <source>The catalogue service did not answer.</source>
        <translation>El servicio del catálogo no respondió.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>About Reelvault</source>
        <translation>Acerca de Reelvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;An offline movie catalogue with a real authentication API built in.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libsodium and SQLite.&lt;/p&gt;&lt;p&gt;The sample catalogue is &lt;i&gt;movies.json&lt;/i&gt; from vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). The common-password list is Openwall&apos;s &lt;i&gt;password.lst&lt;/i&gt; (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;Un catálogo de películas sin conexión, con una API de autenticación real incorporada.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, libsodium y SQLite.&lt;/p&gt;&lt;p&gt;El catálogo de ejemplo es &lt;i&gt;movies.json&lt;/i&gt; de vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). La lista de contraseñas comunes es &lt;i&gt;password.lst&lt;/i&gt; de Openwall (dominio público).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reelvault is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reelvault es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General GNU publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece SIN NINGUNA GARANTÍA; consulte &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;la licencia&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account is ready, but signing in failed: %1</source>
        <translation>Su cuenta está lista, pero el inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>What to watch &amp;tonight…</source>
        <translation>Qué ver es&amp;ta noche…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>I&amp;mports…</source>
        <translation>I&amp;mportaciones…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import a film history</source>
        <translation>Importar un historial de películas</translation>
    </message>
    <message>
        <source>Film histories (*.zip *.csv *.json);;All files (*)</source>
        <translation>Historiales de películas (*.zip *.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln viewing(s) added.</source>
        <translation>
            <numerusform>Importado: %Ln visionado añadido.</numerusform>
            <numerusform>Importado: %Ln visionados añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Se deshizo la importación.</translation>
    </message>
    <message>
        <source>Letterboxd CSV, for Letterboxd&apos;s importer (*.csv)</source>
        <translation>CSV de Letterboxd, para su importador (*.csv)</translation>
    </message>
    <message>
        <source>Everything, to import into Reelvault again (*.json)</source>
        <translation>Todo, para importarlo de nuevo en Reelvault (*.json)</translation>
    </message>
    <message>
        <source>Export my film history</source>
        <translation>Exportar mi historial de películas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>The films the catalogue shows now, for a spreadsheet (*.csv)</source>
        <translation>Las películas que muestra el catálogo ahora, para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <source>Poster &amp;wall</source>
        <translation>&amp;Muro de carteles</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the catalogue as posters or as a table</source>
        <translation>Mostrar el catálogo como carteles o como tabla</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>Est&amp;adísticas</translation>
    </message>
    <message>
        <source>You have signed out of this device.</source>
        <translation>Ha cerrado la sesión en este dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Hacer copia…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Servidor…</translation>
    </message>
    <message>
        <source>The catalogue service could not start:
%1

Settings › Server can connect to a shared server instead.</source>
        <translation>El servicio del catálogo no pudo iniciarse:
%1

Ajustes › Servidor puede conectarse a un servidor compartido en su lugar.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>The shared catalogue this window is connected to (Settings › Server).</source>
        <translation>El catálogo compartido al que está conectada esta ventana (Ajustes › Servidor).</translation>
    </message>
    <message>
        <source>Reelvault — %1</source>
        <translation>Reelvault — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not answer (%2). Sign in once it is back, or choose another server in Settings › Server.</source>
        <translation>El servidor en %1 no respondió (%2). Inicie sesión cuando vuelva o elija otro servidor en Ajustes › Servidor.</translation>
    </message>
</context>
<context>
    <name>MinePanel</name>
    <message>
        <source>Yours</source>
        <translation>Lo suyo</translation>
    </message>
    <message>
        <source>On my &amp;watchlist</source>
        <translation>En mis &amp;pendientes</translation>
    </message>
    <message>
        <source>A fa&amp;vourite</source>
        <translation>Una fa&amp;vorita</translation>
    </message>
    <message>
        <source>Remove this viewing</source>
        <translation>Quitar este visionado</translation>
    </message>
    <message>
        <source>Watched &amp;today</source>
        <translation>Vista &amp;hoy</translation>
    </message>
    <message>
        <source>Watched &amp;on</source>
        <translation>Vista &amp;el</translation>
    </message>
    <message>
        <source>Double-click a viewing to edit it.</source>
        <translation>Haz doble clic en un visionado para editarlo.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Guardar &amp;notas</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>revisionado</translation>
    </message>
    <message>
        <source>Not watched yet.</source>
        <translation>Aún no vista.</translation>
    </message>
    <message>
        <source>Marked watched on %1.</source>
        <translation>Marcada como vista el %1.</translation>
    </message>
</context>
<context>
    <name>MovieDialog</name>
    <message>
        <source>Add film</source>
        <translation>Añadir película</translation>
    </message>
    <message>
        <source>Edit film</source>
        <translation>Editar película</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>from the release date</source>
        <translation>según la fecha de estreno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>in US dollars</source>
        <translation>en dólares estadounidenses</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Released:</source>
        <translation>&amp;Estreno:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Running &amp;time:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>Rat&amp;ed:</source>
        <translation>Ca&amp;lificación:</translation>
    </message>
    <message>
        <source>&amp;IMDb rating:</source>
        <translation>Nota &amp;IMDb:</translation>
    </message>
    <message>
        <source>R&amp;otten Tomatoes:</source>
        <translation>R&amp;otten Tomatoes:</translation>
    </message>
    <message>
        <source>Distri&amp;butor:</source>
        <translation>Distri&amp;buidora:</translation>
    </message>
    <message>
        <source>&amp;US gross:</source>
        <translation>Recaudación (EE. &amp;UU.):</translation>
    </message>
    <message>
        <source>&amp;Worldwide gross:</source>
        <translation>Recaudación &amp;mundial:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>Every film needs a title.</source>
        <translation>Toda película necesita un título.</translation>
    </message>
</context>
<context>
    <name>MovieTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>IMDb</source>
        <translation>IMDb</translation>
    </message>
    <message>
        <source>Rotten Tomatoes</source>
        <translation>Rotten Tomatoes</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Click to sort by title (a leading “The”, “A” or “An” is not counted); click again to reverse</source>
        <translation>Pulse para ordenar por título (no cuenta un «The», «A» o «An» inicial); pulse de nuevo para invertir</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse</source>
        <translation>Pulse para ordenar por esta columna; pulse de nuevo para invertir</translation>
    </message>
    <message>
        <source>%1 (on your watchlist)</source>
        <translation>%1 (en sus pendientes)</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vistas</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Choose poster…</source>
        <translation>Elegir cartel…</translation>
    </message>
    <message>
        <source>Remove poster</source>
        <translation>Quitar cartel</translation>
    </message>
    <message>
        <source>This image is larger than 8 MiB.</source>
        <translation>Esta imagen supera los 8 MiB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Choose a poster</source>
        <translation>Elegir un cartel</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Miembro desde:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Último inicio de sesión:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña act&amp;ual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la nueva contraseña:</translation>
    </message>
    <message>
        <source>Changing the password signs you out everywhere else.</source>
        <translation>Al cambiar la contraseña se cierran sus otras sesiones.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Nombre guardado.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Contraseña cambiada. Sus otras sesiones se han cerrado.</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Se&amp;guridad</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you created your account, and choose a new password. The code can be used only once; every other sign-in of your account ends.</source>
        <translation>Escriba uno de los códigos de recuperación que guardó al crear su cuenta y elija una contraseña nueva. Cada código sirve una sola vez; las demás sesiones de su cuenta se cierran.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la contraseña nueva:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Guardar la contraseña e iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Escriba su correo.</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes.</source>
        <translation>Escriba uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Elija una contraseña nueva.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This email and code do not match, or the code was used already.</source>
        <translation>El correo y el código no coinciden, o el código ya se ha usado.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <source>I have saved these codes somewhere safe</source>
        <translation>He guardado estos códigos en un lugar seguro</translation>
    </message>
    <message>
        <source>Your recovery codes</source>
        <translation>Sus códigos de recuperación</translation>
    </message>
    <message>
        <source>If you forget your password, one of these codes lets you set a new one (Sign in › Forgot password?). Each works once. Keep them where you keep important papers: they are shown only now.</source>
        <translation>Si olvida su contraseña, uno de estos códigos le permite poner una nueva (Iniciar sesión › ¿Ha olvidado la contraseña?). Cada uno sirve una vez. Guárdelos con sus papeles importantes: solo se muestran ahora.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Guardar como texto…</translation>
    </message>
    <message>
        <source>Reelvault recovery codes for %1, made %2. Each works once.</source>
        <translation>Códigos de recuperación de Reelvault para %1, creados el %2. Cada uno sirve una vez.</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Guardar los códigos de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the codes: %1</source>
        <translation>No se pudieron guardar los códigos: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Create your account</source>
        <translation>Cree su cuenta</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>How we greet you (optional)</source>
        <translation>Cómo le saludamos (opcional)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir la contraseña</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Already have an account? Sign in</source>
        <translation>¿Ya tiene cuenta? Inicie sesión</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>At least 8 characters; not a common password or one with a few letters or digits changed.</source>
        <translation>Al menos 8 caracteres; ni una contraseña común ni una con unas pocas letras o cifras cambiadas.</translation>
    </message>
    <message>
        <source>Welcome to Reelvault</source>
        <translation>Bienvenido a Reelvault</translation>
    </message>
    <message>
        <source>Your catalogue is ready and has no accounts yet. Create the first one: it becomes the catalogue&apos;s administrator, who can add, edit and delete films.</source>
        <translation>Su catálogo está listo y aún no tiene cuentas. Cree la primera: será la administradora del catálogo, que puede añadir, editar y eliminar películas.</translation>
    </message>
    <message>
        <source>Your catalogue stays on this computer.</source>
        <translation>Su catálogo se queda en este ordenador.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Sign out &amp;this one</source>
        <translation>&amp;Cerrar esta</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Cerrar todas las &amp;demás</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation>Cerrar en &amp;todas partes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>Make &amp;new codes</source>
        <translation>Crear códigos &amp;nuevos</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Dónde tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Current pass&amp;word:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Security history (one year)</source>
        <translation>Historial de seguridad (un año)</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign-ins paused</source>
        <translation>Demasiadas contraseñas incorrectas: inicios de sesión en pausa</translation>
    </message>
    <message>
        <source>Someone used an old sign-in; that session was ended</source>
        <translation>Alguien usó un inicio de sesión antiguo; esa sesión se ha cerrado</translation>
    </message>
    <message>
        <source>Signed out a device</source>
        <translation>Se cerró la sesión de un dispositivo</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Inicio de sesión con un código de recuperación</translation>
    </message>
    <message>
        <source>New recovery codes made</source>
        <translation>Nuevos códigos de recuperación creados</translation>
    </message>
    <message>
        <source>Wrong recovery code</source>
        <translation>Código de recuperación incorrecto</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>You have no recovery codes left: make new ones, or a forgotten password locks you out.</source>
        <translation>No le quedan códigos de recuperación: cree otros nuevos o una contraseña olvidada le dejará fuera.</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Each lets you set a new password once if you forget yours.</source>
        <translation>
            <numerusform>Le queda %n código de recuperación. Cada uno le permite poner una contraseña nueva una vez si olvida la suya.</numerusform>
            <numerusform>Le quedan %n códigos de recuperación. Cada uno le permite poner una contraseña nueva una vez si olvida la suya.</numerusform>
        </translation>
    </message>
    <message>
        <source>That device is signed out.</source>
        <translation>Se ha cerrado la sesión de ese dispositivo.</translation>
    </message>
    <message>
        <source>Every other device is signed out.</source>
        <translation>Se ha cerrado la sesión en todos los demás dispositivos.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Enter the shared server&apos;s address, such as https://films.example.org.</source>
        <translation>Escriba la dirección del servidor compartido, por ejemplo https://films.example.org.</translation>
    </message>
    <message>
        <source>An address has no spaces or control characters.</source>
        <translation>Una dirección no lleva espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>This is not a web address (%1).</source>
        <translation>Esto no es una dirección web (%1).</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>La dirección debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>La dirección no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: you sign in after connecting.</source>
        <translation>Quite el usuario y la contraseña de la dirección: la sesión se inicia después de conectar.</translation>
    </message>
    <message>
        <source>The address cannot have a query (?…) or a fragment (#…).</source>
        <translation>La dirección no puede tener una consulta (?…) ni un fragmento (#…).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Este ordenador</translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation>Un servidor &amp;compartido</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Shared server address</source>
        <translation>Dirección del servidor compartido</translation>
    </message>
    <message>
        <source>Where your catalogue lives. Each server keeps its own accounts, and you stay signed in to each one: switching back does not ask for your password again.</source>
        <translation>Dónde vive su catálogo. Cada servidor tiene sus propias cuentas y usted mantiene la sesión iniciada en cada uno: al volver no se le pide de nuevo la contraseña.</translation>
    </message>
    <message>
        <source>Kept in a file on this computer and served by Reelvault itself. Nothing leaves this computer.</source>
        <translation>Guardado en un archivo de este ordenador y servido por el propio Reelvault. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>A household&apos;s or a club&apos;s catalogue, run with reelvault --serve (see docs/shared-server.md).</source>
        <translation>El catálogo de un hogar o de un club, servido con reelvault --serve (consulte docs/shared-server.md).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Passwords and sessions would cross the network unencrypted. Use https:// unless this network is yours alone.</source>
        <translation>Las contraseñas y las sesiones cruzarían la red sin cifrar. Use https:// salvo que esta red sea solo suya.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Nothing answered at this address (%1).</source>
        <translation>Nada respondió en esta dirección (%1).</translation>
    </message>
    <message>
        <source>A web server answers at this address, but not Reelvault&apos;s API.</source>
        <translation>En esta dirección responde un servidor web, pero no la API de Reelvault.</translation>
    </message>
</context>
<context>
    <name>SessionVault</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>El llavero del sistema no está disponible (%1).</translation>
    </message>
</context>
<context>
    <name>StarRatingEdit</name>
    <message>
        <source>Not rated: click a star, or press 1 to 5</source>
        <translation>Sin nota: pulse una estrella, o las teclas 1 a 5</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Year in &amp;review…</source>
        <translation>&amp;Resumen del año…</translation>
    </message>
    <message>
        <source>Viewings per month</source>
        <translation>Visionados por mes</translation>
    </message>
    <message>
        <source>Films by genre</source>
        <translation>Películas por género</translation>
    </message>
    <message>
        <source>Films by decade of release</source>
        <translation>Películas por década de estreno</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Directores más vistos</translation>
    </message>
    <message>
        <source>Viewings by day of the week</source>
        <translation>Visionados por día de la semana</translation>
    </message>
    <message>
        <source>My ratings</source>
        <translation>Mis valoraciones</translation>
    </message>
    <message>
        <source>My rating against IMDb&apos;s</source>
        <translation>Mi valoración frente a la de IMDb</translation>
    </message>
    <message>
        <source>The catalogue: films per decade</source>
        <translation>El catálogo: películas por década</translation>
    </message>
    <message>
        <source>The catalogue: IMDb against Rotten Tomatoes</source>
        <translation>El catálogo: IMDb frente a Rotten Tomatoes</translation>
    </message>
    <message>
        <source>The catalogue: budget against worldwide gross</source>
        <translation>El catálogo: presupuesto frente a recaudación mundial</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>The catalogue (every film in it, not only yours)</source>
        <translation>El catálogo (todas sus películas, no solo las suyas)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 on one page, to keep or share as an image</source>
        <translation>%1 en una página, para guardar o compartir como imagen</translation>
    </message>
    <message>
        <source>Choose a year first</source>
        <translation>Elija primero un año</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>años %1</translation>
    </message>
    <message>
        <source>No viewings in %1 yet: add them in the catalogue or the diary.</source>
        <translation>Aún no hay visionados en %1: añádalos en el catálogo o en el diario.</translation>
    </message>
    <message>
        <source>No viewings yet: add them in the catalogue, the diary, or import a history (File › Import…).</source>
        <translation>Aún no hay visionados: añádalos en el catálogo o en el diario, o importe un historial (Archivo › Importar…).</translation>
    </message>
    <message numerus="yes">
        <source>The hours leave out %n viewing(s) of films without a known runtime.</source>
        <translation>
            <numerusform>Las horas no incluyen %n visionado de una película sin duración conocida.</numerusform>
            <numerusform>Las horas no incluyen %n visionados de películas sin duración conocida.</numerusform>
        </translation>
    </message>
    <message>
        <source>No viewings to chart.</source>
        <translation>No hay visionados que representar.</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Visionados</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n viewing(s)</source>
        <translation>
            <numerusform>%1 de %2: %n visionado</numerusform>
            <numerusform>%1 de %2: %n visionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Aún no hay nada que representar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n film(s)</source>
        <translation>
            <numerusform>%1: %n película</numerusform>
            <numerusform>%1: %n películas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n viewing(s)</source>
        <translation>
            <numerusform>%1: %n visionado</numerusform>
            <numerusform>%1: %n visionados</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet: rate films with the stars in the catalogue.</source>
        <translation>Aún no hay valoraciones: valore películas con las estrellas del catálogo.</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate films that have an IMDb rating to compare.</source>
        <translation>Valore películas con valoración de IMDb para comparar.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of your %L2 rated films.</source>
        <translation>Una muestra uniforme de %L1 de sus %L2 películas valoradas.</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>Valoración de IMDb</translation>
    </message>
    <message>
        <source>My rating (stars)</source>
        <translation>Mi valoración (estrellas)</translation>
    </message>
    <message>
        <source>%1: mine %2, IMDb %3</source>
        <translation>%1: la mía %2, IMDb %3</translation>
    </message>
    <message>
        <source>No film has both ratings.</source>
        <translation>Ninguna película tiene ambas valoraciones.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both ratings.</source>
        <translation>Una muestra uniforme de %L1 de las %L2 películas con ambas valoraciones.</translation>
    </message>
    <message>
        <source>%L1 films with both ratings.</source>
        <translation>%L1 películas con ambas valoraciones.</translation>
    </message>
    <message>
        <source>Rotten Tomatoes (%)</source>
        <translation>Rotten Tomatoes (%)</translation>
    </message>
    <message>
        <source>%1: IMDb %2, Rotten Tomatoes %3%</source>
        <translation>%1: IMDb %2, Rotten Tomatoes %3 %</translation>
    </message>
    <message>
        <source>No film has both a budget and a gross.</source>
        <translation>Ninguna película tiene presupuesto y recaudación a la vez.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both.</source>
        <translation>Una muestra uniforme de %L1 de las %L2 películas con ambos datos.</translation>
    </message>
    <message>
        <source>%L1 films with both.</source>
        <translation>%L1 películas con ambos datos.</translation>
    </message>
    <message>
        <source>Both scales are logarithmic; above the dashed line a film grossed more than it cost.</source>
        <translation>Ambas escalas son logarítmicas; por encima de la línea discontinua una película recaudó más de lo que costó.</translation>
    </message>
    <message>
        <source>Production budget</source>
        <translation>Presupuesto de producción</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Recaudación mundial</translation>
    </message>
    <message>
        <source>%1: budget %2, gross %3</source>
        <translation>%1: presupuesto %2, recaudación %3</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Películas</translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation>Horas vistas</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Revisionados</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Muy débil: fácil de adivinar</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Paste a JWT here (three base64url parts separated by dots)</source>
        <translation>Pegue aquí un JWT (tres partes base64url separadas por puntos)</translation>
    </message>
    <message>
        <source>Edit the claims to see the signature stop matching</source>
        <translation>Edite los claims para ver que la firma deja de coincidir</translation>
    </message>
    <message>
        <source>Optional: the HS256 key, base64url, to verify the signature here</source>
        <translation>Opcional: la clave HS256 (base64url) para verificar aquí la firma</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Use &amp;my token</source>
        <translation>Usar &amp;mi token</translation>
    </message>
    <message>
        <source>&amp;Ask the server</source>
        <translation>Pr&amp;eguntar al servidor</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Claims (editable)</source>
        <translation>Claims (editables)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Aún no hay token.</translation>
    </message>
    <message>
        <source>Not well-formed: a JWT has three parts separated by dots; this has %1.</source>
        <translation>Mal formado: un JWT tiene tres partes separadas por puntos; este tiene %1.</translation>
    </message>
    <message>
        <source>Not well-formed: the header is not base64url-encoded JSON.</source>
        <translation>Mal formado: la cabecera no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>Not well-formed: the claims are not base64url-encoded JSON.</source>
        <translation>Mal formado: los claims no son JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>Not well-formed: the signature is not base64url.</source>
        <translation>Mal formado: la firma no está en base64url.</translation>
    </message>
    <message>
        <source>%1
(%2 bytes: %3)</source>
        <translation>%1
(%2 bytes: %3)</translation>
    </message>
    <message>
        <source>Well-formed HS256 token.</source>
        <translation>Token HS256 bien formado.</translation>
    </message>
    <message>
        <source>Well-formed, but signed with &quot;%1&quot;: this server accepts HS256 only.</source>
        <translation>Bien formado, pero firmado con «%1»: este servidor solo acepta HS256.</translation>
    </message>
    <message>
        <source>The claims were edited: the signature was made for the original claims and no longer matches them.</source>
        <translation>Se editaron los claims: la firma se hizo para los claims originales y ya no coincide.</translation>
    </message>
    <message>
        <source>With this key the signature is valid.</source>
        <translation>Con esta clave la firma es válida.</translation>
    </message>
    <message>
        <source>With this key the signature does not match.</source>
        <translation>Con esta clave la firma no coincide.</translation>
    </message>
    <message>
        <source>issuer: who made the token (this server says &quot;reelvault&quot;)</source>
        <translation>emisor: quién creó el token (este servidor dice «reelvault»)</translation>
    </message>
    <message>
        <source>subject: the id of the account it speaks for</source>
        <translation>sujeto: el id de la cuenta a la que representa</translation>
    </message>
    <message>
        <source>the account&apos;s email when the token was made</source>
        <translation>el correo de la cuenta cuando se creó el token</translation>
    </message>
    <message>
        <source>admin or user; the server reads the role fresh from its database</source>
        <translation>admin o user; el servidor lee el rol actual de su base de datos</translation>
    </message>
    <message>
        <source>issued at</source>
        <translation>emitido el</translation>
    </message>
    <message>
        <source>not before: not valid until then</source>
        <translation>no antes de: no es válido hasta entonces</translation>
    </message>
    <message>
        <source>expires: refused after this (with at most 60 s leeway)</source>
        <translation>caduca: se rechaza después (con 60 s de margen como mucho)</translation>
    </message>
    <message>
        <source>token id: what logout revokes</source>
        <translation>id del token: lo que revoca el cierre de sesión</translation>
    </message>
    <message>
        <source>Expired %1 s ago.</source>
        <translation>Caducó hace %1 s.</translation>
    </message>
    <message>
        <source>Expires in %1:%2 (minutes:seconds).</source>
        <translation>Caduca en %1:%2 (minutos:segundos).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>The server accepts this token (GET /userdetails answered 200 for %1).</source>
        <translation>El servidor acepta este token (GET /userdetails respondió 200 para %1).</translation>
    </message>
    <message>
        <source>The server refuses this token: %1 %2</source>
        <translation>El servidor rechaza este token: %1 %2</translation>
    </message>
</context>
<context>
    <name>TonightDialog</name>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Otra</translation>
    </message>
    <message>
        <source>Add to &amp;watchlist</source>
        <translation>Añadir a &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Mark watched today</source>
        <translation>&amp;Marcar vista hoy</translation>
    </message>
    <message>
        <source>What to watch tonight</source>
        <translation>Qué ver esta noche</translation>
    </message>
    <message>
        <source>Films I have not watched</source>
        <translation>Películas que no he visto</translation>
    </message>
    <message>
        <source>My watchlist</source>
        <translation>Mis pendientes</translation>
    </message>
    <message>
        <source>Any genre</source>
        <translation>Cualquier género</translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation>Cualquier década</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>Años %1</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source> min at most</source>
        <translation> min como máximo</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier nota</translation>
    </message>
    <message>
        <source>IMDb at least </source>
        <translation>IMDb al menos </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Decade:</source>
        <translation>&amp;Década:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Nothing matches: widen the filters.</source>
        <translation>Nada coincide: amplíe los filtros.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>directed by %1</source>
        <translation>dirigida por %1</translation>
    </message>
    <message>
        <source>IMDb %1</source>
        <translation>IMDb %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Make ad&amp;ministrator</source>
        <translation>Hacer &amp;administrador</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Make m&amp;ember</source>
        <translation>Hacer &amp;miembro</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>The account %1 and everything of it (diary, ratings, tags, imports) will be deleted, and its sessions end at once. This cannot be undone.</source>
        <translation>La cuenta %1 y todo lo suyo (diario, valoraciones, etiquetas, importaciones) se eliminarán, y sus sesiones terminan al momento. No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>ViewingDialog</name>
    <message>
        <source>A &amp;rewatch</source>
        <translation>&amp;Revisionado</translation>
    </message>
    <message>
        <source>Edit viewing</source>
        <translation>Editar visionado</translation>
    </message>
    <message>
        <source>Where, with whom, what you thought</source>
        <translation>Dónde, con quién, qué te pareció</translation>
    </message>
    <message>
        <source>&amp;Watched on:</source>
        <translation>&amp;Vista el:</translation>
    </message>
    <message>
        <source>Rating that day:</source>
        <translation>Nota ese día:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>YearInReview</name>
    <message>
        <source>REELVAULT · YEAR IN REVIEW</source>
        <translation>REELVAULT · RESUMEN DEL AÑO</translation>
    </message>
    <message>
        <source>%1 in film</source>
        <translation>%1 en películas</translation>
    </message>
    <message>
        <source>No films watched in %1.</source>
        <translation>Ninguna película vista en %1.</translation>
    </message>
    <message>
        <source>Busiest month</source>
        <translation>Mes con más películas</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n film(s)</source>
        <translation>
            <numerusform>%1 · %n película</numerusform>
            <numerusform>%1 · %n películas</numerusform>
        </translation>
    </message>
    <message>
        <source>Favourite day</source>
        <translation>Día favorito</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n viewing(s)</source>
        <translation>
            <numerusform>%1 · %n visionado</numerusform>
            <numerusform>%1 · %n visionados</numerusform>
        </translation>
    </message>
    <message>
        <source>First film of the year</source>
        <translation>Primera película del año</translation>
    </message>
    <message>
        <source>Last film of the year</source>
        <translation>Última película del año</translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation>Géneros favoritos</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Directores más vistos</translation>
    </message>
    <message>
        <source>Highest rated</source>
        <translation>Mejor valoradas</translation>
    </message>
    <message>
        <source>No ratings this year</source>
        <translation>Sin valoraciones este año</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Revisionados</translation>
    </message>
    <message>
        <source>None: all new to you</source>
        <translation>Ninguno: todo era nuevo para usted</translation>
    </message>
    <message numerus="yes">
        <source>%n film(s) seen again</source>
        <translation>
            <numerusform>%n película vista de nuevo</numerusform>
            <numerusform>%n películas vistas de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>La más larga</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Reelvault, a film catalogue that stays on your computer</source>
        <translation>Hecho con Reelvault, un catálogo de películas que se queda en su ordenador</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Películas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Visionados</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
</context>
<context>
    <name>YearInReviewDialog</name>
    <message>
        <source>%1 in review</source>
        <translation>Resumen de %1</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Guardar como PNG…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>The image is on the clipboard.</source>
        <translation>La imagen está en el portapapeles.</translation>
    </message>
    <message>
        <source>Save the year in review</source>
        <translation>Guardar el resumen del año</translation>
    </message>
    <message>
        <source>Reelvault %1 in review.png</source>
        <translation>Reelvault resumen %1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>No se pudo guardar la imagen en %1.</translation>
    </message>
</context>
</TS>
