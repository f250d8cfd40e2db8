<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Someone used an old sign-in of your account, so that session was ended to protect it. Sign in again, and see Profile › Security for where it came from.</source>
        <translation>Quelqu’un a utilisé une ancienne connexion de votre compte : cette session a été fermée pour le protéger. Reconnectez-vous et consultez Profil › Sécurité pour savoir d’où elle venait.</translation>
    </message>
</context>
<context>
    <name>ApiConsole</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Is the server up? (GET /health)</source>
        <translation>Le serveur répond-il ? (GET /health)</translation>
    </message>
    <message>
        <source>Create an account (POST /register)</source>
        <translation>Créer un compte (POST /register)</translation>
    </message>
    <message>
        <source>Log in (POST /login)</source>
        <translation>Se connecter (POST /login)</translation>
    </message>
    <message>
        <source>New tokens (POST /token/refresh)</source>
        <translation>Nouveaux jetons (POST /token/refresh)</translation>
    </message>
    <message>
        <source>Log out (POST /logout)</source>
        <translation>Se déconnecter (POST /logout)</translation>
    </message>
    <message>
        <source>Search the catalogue (GET /moviedata)</source>
        <translation>Chercher dans le catalogue (GET /moviedata)</translation>
    </message>
    <message>
        <source>One film (GET /moviedata/{id})</source>
        <translation>Un film (GET /moviedata/{id})</translation>
    </message>
    <message>
        <source>Add a film (POST /moviedata, admins)</source>
        <translation>Ajouter un film (POST /moviedata, administrateurs)</translation>
    </message>
    <message>
        <source>Change a film (PATCH /moviedata/{id}, admins)</source>
        <translation>Modifier un film (PATCH /moviedata/{id}, administrateurs)</translation>
    </message>
    <message>
        <source>Delete a film (DELETE /moviedata/{id}, admins)</source>
        <translation>Supprimer un film (DELETE /moviedata/{id}, administrateurs)</translation>
    </message>
    <message>
        <source>My account (GET /userdetails)</source>
        <translation>Mon compte (GET /userdetails)</translation>
    </message>
    <message>
        <source>Rename me (PATCH /userdetails)</source>
        <translation>Me renommer (PATCH /userdetails)</translation>
    </message>
    <message>
        <source>The API description (GET /openapi.json)</source>
        <translation>La description de l’API (GET /openapi.json)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>with my token</source>
        <translation>avec mon jeton</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Aucune requête envoyée pour l’instant.</translation>
    </message>
    <message>
        <source>/path?query</source>
        <translation>/chemin?requête</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>&amp;Use my session</source>
        <translation>&amp;Utiliser ma session</translation>
    </message>
    <message>
        <source>Sets Authorization: Bearer with your signed-in access token</source>
        <translation>Met Authorization: Bearer avec votre jeton d’accès</translation>
    </message>
    <message>
        <source>Remove Authorization</source>
        <translation>Retirer Authorization</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Otherwise the token is written as $TOKEN</source>
        <translation>Sinon le jeton est écrit $TOKEN</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Formater le JSON</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>History (double-click to load)</source>
        <translation>Historique (double-clic pour charger)</translation>
    </message>
    <message>
        <source>You are not signed in: there is no session to use.</source>
        <translation>Vous n’êtes pas connecté : aucune session à utiliser.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Pas de corps.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2). It can still be sent, to see the server&apos;s answer.</source>
        <translation>JSON invalide : %1 (au caractère %2). La requête peut quand même partir, pour voir la réponse du serveur.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Envoi de %1 %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problème %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a path on this server: start it with /, like /moviedata?q=alien.</source>
        <translation>« %1 » n’est pas un chemin de ce serveur : commencez par /, comme /moviedata?q=alien.</translation>
    </message>
    <message>
        <source>%1 %2 needs a token. Press “Use my session” to send yours, or send it as it is to see the 401.</source>
        <translation>%1 %2 demande un jeton. Cliquez sur « Utiliser ma session » pour envoyer le vôtre, ou envoyez la requête telle quelle pour voir le 401.</translation>
    </message>
    <message>
        <source>%1 %2 needs no token.</source>
        <translation>%1 %2 ne demande pas de jeton.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copié dans le presse-papiers : %1</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The catalogue service did not answer (%1).</source>
        <translation>Le service du catalogue n’a pas répondu (%1).</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1.</source>
        <translation>Trop d’échecs. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n’est pas le bon.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Seul un administrateur peut faire cela.</translation>
    </message>
    <message>
        <source>This film is no longer in the catalogue.</source>
        <translation>Ce film n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>That is too much text.</source>
        <translation>Le texte est trop long.</translation>
    </message>
    <message>
        <source>The catalogue service ran into a problem; nothing was changed.</source>
        <translation>Le service du catalogue a rencontré un problème ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The request was refused (%1).</source>
        <translation>La requête a été refusée (%1).</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.</translation>
    </message>
    <message>
        <source>The password must not be your email.</source>
        <translation>Le mot de passe ne doit pas être votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Saisissez une adresse comme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>Cette valeur n’est pas du bon type.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Ce champ ne doit pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>Supprimez les caractères de contrôle.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Saisissez un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>Enter a date in the years %1 to %2.</source>
        <translation>Saisissez une date entre les années %1 et %2.</translation>
    </message>
    <message>
        <source>The year must match the release date.</source>
        <translation>L’année doit correspondre à la date de sortie.</translation>
    </message>
    <message>
        <source>The last year must not be before the first.</source>
        <translation>La dernière année ne doit pas précéder la première.</translation>
    </message>
    <message>
        <source>Change something first.</source>
        <translation>Modifiez d’abord quelque chose.</translation>
    </message>
    <message>
        <source>This cannot be set here.</source>
        <translation>Ceci ne peut pas être défini ici.</translation>
    </message>
    <message>
        <source>This is not one of the allowed values.</source>
        <translation>Ce n’est pas une des valeurs permises.</translation>
    </message>
    <message>
        <source>This viewing is no longer in your diary.</source>
        <translation>Cette séance n’est plus dans votre journal.</translation>
    </message>
    <message>
        <source>This file is not an image Reelvault can use: choose a JPEG, PNG or WebP image.</source>
        <translation>Ce fichier n’est pas une image que Reelvault peut utiliser : choisissez une image JPEG, PNG ou WebP.</translation>
    </message>
    <message>
        <source>This image is too large: at most 10,000 pixels a side and 30 megapixels.</source>
        <translation>Cette image est trop grande : au plus 10 000 pixels de côté et 30 mégapixels.</translation>
    </message>
    <message>
        <source>This film has no poster.</source>
        <translation>Ce film n’a pas d’affiche.</translation>
    </message>
    <message>
        <source>This server answers only for the name it listens on. Reach it by that name, or through a reverse proxy that sends it Host: localhost (see docs/shared-server.md).</source>
        <translation>Ce serveur ne répond qu’au nom sur lequel il écoute. Joignez-le par ce nom, ou via un proxy inverse qui lui envoie Host: localhost (voir docs/shared-server.md).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the catalogue</source>
        <translation>Sauvegarder le catalogue</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>One file with every account, diary, rating, import and poster of this catalogue, encrypted with a passphrase. Without the passphrase nobody can read it, not even you: keep it safe.</source>
        <translation>Un seul fichier avec tous les comptes, journaux, notes, imports et affiches de ce catalogue, chiffré avec une phrase secrète. Sans elle, personne ne peut le lire, pas même vous : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Restoring replaces every account, diary, rating, import and poster of this catalogue with the backup&apos;s. What is here now is kept as a backup in the data folder, with the same passphrase. Everyone then signs in with the accounts of the backup.</source>
        <translation>La restauration remplace tous les comptes, journaux, notes, imports et affiches de ce catalogue par ceux de la sauvegarde. L’état actuel est conservé comme sauvegarde dans le dossier de données, avec la même phrase secrète. Chacun se connecte ensuite avec les comptes de la sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Reelvault backups (*.rvbackup)</source>
        <translation>Sauvegardes Reelvault (*.rvbackup)</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choisissez où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choisissez le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no file here.</source>
        <translation>Il n’y a pas de fichier ici.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The backup could not be saved to %1: %2</source>
        <translation>La sauvegarde n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Keep the passphrase: without it the backup cannot be restored.</source>
        <translation>Sauvegardé dans %1 (%2). Gardez la phrase secrète : sans elle, la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Replace this catalogue?</source>
        <translation>Remplacer ce catalogue ?</translation>
    </message>
    <message>
        <source>Everything in this catalogue (every account, diary, rating, import and poster) will be replaced by the backup in %1. What is here now is kept in the data folder as a backup with the same passphrase.</source>
        <translation>Tout ce catalogue (comptes, journaux, notes, imports et affiches) sera remplacé par la sauvegarde %1. L’état actuel est conservé dans le dossier de données comme sauvegarde avec la même phrase secrète.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup.</source>
        <translation>Cette phrase secrète n’ouvre pas la sauvegarde.</translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <translation>Rien n’a été remplacé : %1</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The catalogue as it was is kept as %2 in the data folder.</source>
        <translation>La sauvegarde du %1 a été restaurée. Le catalogue tel qu’il était est conservé sous %2 dans le dossier de données.</translation>
    </message>
    <message>
        <source>The catalogue was restored from the backup made %1. Sign in with an account of the backup.</source>
        <translation>Le catalogue a été restauré depuis la sauvegarde du %1. Connectez-vous avec un compte de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Select a film to see its details.</source>
        <translation>Sélectionnez un film pour voir ses détails.</translation>
    </message>
    <message>
        <source>Search titles and directors</source>
        <translation>Chercher titres et réalisateurs</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>&amp;Add film…</source>
        <translation>&amp;Ajouter un film…</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrateur :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No films match</source>
        <translation>Aucun film ne correspond</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>Note IMDb</translation>
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
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>US gross</source>
        <translation>Recettes (États-Unis)</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Recettes (monde)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>« %1 » ajouté.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete film</source>
        <translation>Supprimer le film</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue? This cannot be undone.</source>
        <translation>Supprimer « %1 » du catalogue ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Afficher les détails</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copier le titre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la recherche « %1 »</translation>
    </message>
    <message>
        <source>the genre %1</source>
        <translation>le genre %1</translation>
    </message>
    <message>
        <source>the years %1 to %2</source>
        <translation>les années %1 à %2</translation>
    </message>
    <message>
        <source>the years from %1</source>
        <translation>les années à partir de %1</translation>
    </message>
    <message>
        <source>the years up to %1</source>
        <translation>les années jusqu’à %1</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>Le catalogue est vide.</translation>
    </message>
    <message>
        <source>No films match %1.</source>
        <translation>Aucun film ne correspond à %1.</translation>
    </message>
    <message>
        <source>Try other words or filters, or press “Clear filters” to see every film.</source>
        <translation>Essayez d’autres mots ou filtres, ou cliquez sur « Effacer les filtres » pour voir tous les films.</translation>
    </message>
    <message>
        <source>Saved “%1”; it does not match the current search and filters.</source>
        <translation>« %1 » enregistré ; il ne correspond pas à la recherche et aux filtres actuels.</translation>
    </message>
    <message>
        <source>All films</source>
        <translation>Tous les films</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vus</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Pas vus</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>À voir</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Only the films you gave this tag</source>
        <translation>Seulement les films auxquels vous avez donné cette étiquette</translation>
    </message>
    <message>
        <source>Only the films you rated at least so</source>
        <translation>Seulement les films que vous avez notés au moins ainsi</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>your rating of %1 or more</source>
        <translation>votre note de %1 ou plus</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue any more.</source>
        <translation>« %1 » n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>%L1+ films</source>
        <translation>%L1+ films</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Walk through the flow</source>
        <translation>&amp;Parcourir le scénario</translation>
    </message>
    <message>
        <source>&amp;Token inspector</source>
        <translation>Inspecteur de &amp;jeton</translation>
    </message>
    <message>
        <source>API Console — Reelvault</source>
        <translation>Console de l’API — Reelvault</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>&amp;Voir dans le catalogue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rewatch</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your diary is empty.

Mark a film watched in the catalogue (“Watched today” in its panel) and it appears here.</source>
        <translation>Votre journal est vide.

Marquez un film comme vu dans le catalogue (« Vu aujourd’hui » dans son panneau) et il apparaîtra ici.</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>revu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln film(s)</source>
        <translation>
            <numerusform>%1 · %Ln film</numerusform>
            <numerusform>%1 · %Ln films</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the viewing.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message>
        <source>Delete viewing</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete your viewing of %1 on %2 from the diary?</source>
        <translation>Supprimer du journal votre séance de %1 le %2 ?</translation>
    </message>
    <message>
        <source>Deleted the viewing of %1.</source>
        <translation>Séance de %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>FilmText</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
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
        <translation>1. Inscrire un utilisateur de démonstration (POST /register)</translation>
    </message>
    <message>
        <source>2. Log in and receive a token (POST /login)</source>
        <translation>2. Se connecter et recevoir un jeton (POST /login)</translation>
    </message>
    <message>
        <source>3. Ask for the films without the token (GET /moviedata → 401)</source>
        <translation>3. Demander les films sans jeton (GET /moviedata → 401)</translation>
    </message>
    <message>
        <source>4. Ask again with the token (GET /moviedata → 200)</source>
        <translation>4. Redemander avec le jeton (GET /moviedata → 200)</translation>
    </message>
    <message>
        <source>5. Read the account (GET /userdetails)</source>
        <translation>5. Lire le compte (GET /userdetails)</translation>
    </message>
    <message>
        <source>6. Log out (POST /logout)</source>
        <translation>6. Se déconnecter (POST /logout)</translation>
    </message>
    <message>
        <source>7. Try the old token again (GET /userdetails → 401)</source>
        <translation>7. Réessayer l’ancien jeton (GET /userdetails → 401)</translation>
    </message>
    <message>
        <source>The lesson&apos;s flow against this app&apos;s own API, one step at a time. Each step shows what it sent and what came back.</source>
        <translation>Le scénario de la leçon, contre l’API de cette application, une étape à la fois. Chaque étape montre ce qu’elle a envoyé et ce qui est revenu.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>✔ %1, as expected</source>
        <translation>✔ %1, comme prévu</translation>
    </message>
    <message>
        <source>✘ %1 (expected %2)</source>
        <translation>✘ %1 (attendu : %2)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>8. Clean up: sign in and delete the demo account (DELETE /userdetails → 204)</source>
        <translation>8. Nettoyer : se connecter et supprimer le compte de démonstration (DELETE /userdetails → 204)</translation>
    </message>
    <message>
        <source>(signed in again as %1 for the last step)</source>
        <translation>(reconnecté en tant que %1 pour la dernière étape)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDelegate</name>
    <message>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <source>Type to find the film</source>
        <translation>Tapez pour trouver le film</translation>
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
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import — %1</source>
        <translation>Importer — %1</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Film in the catalogue</source>
        <translation>Film du catalogue</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>This file is larger than 32 MiB; an export of a film history is far smaller. Is it the right file?</source>
        <translation>Ce fichier dépasse 32 Mio ; un export d’historique de films est bien plus petit. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Reading the file and matching its films…</source>
        <translation>Lecture du fichier et recherche de ses films…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Reelvault cannot import this file. It takes a Letterboxd export (the ZIP, or a CSV file from it), an IMDb ratings or list export (CSV), or Reelvault&apos;s own JSON export.</source>
        <translation>Reelvault ne peut pas importer ce fichier. Il accepte un export Letterboxd (le ZIP, ou un de ses fichiers CSV), un export IMDb de notes ou de liste (CSV), ou l’export JSON de Reelvault.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s). Matched %2, to choose %3, no film found %4, skipped %5.</source>
        <translation>
            <numerusform>%1 : %Ln ligne. Trouvées %2, à choisir %3, sans film %4, ignorées %5.</numerusform>
            <numerusform>%1 : %Ln lignes. Trouvées %2, à choisir %3, sans film %4, ignorées %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the watchlist</source>
        <translation>
            <numerusform>%Ln dans la liste à voir</numerusform>
            <numerusform>%Ln dans la liste à voir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favourite(s)</source>
        <translation>
            <numerusform>%Ln favori</numerusform>
            <numerusform>%Ln favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln commentaire</numerusform>
            <numerusform>%Ln commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing it changes nothing: all of it is here already.</source>
        <translation>L’importer ne change rien : tout est déjà là.</translation>
    </message>
    <message>
        <source>Importing it adds or changes: %1.</source>
        <translation>L’importer ajoute ou modifie : %1.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <source>No film found</source>
        <translation>Aucun film trouvé</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>The rows you choose a film for below are imported too.</source>
        <translation>Les lignes pour lesquelles vous choisissez un film ci-dessous sont importées aussi.</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Envoi du fichier…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to choose the film</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour choisir le film</translation>
    </message>
    <message>
        <source>Double-click or press Enter to find the film</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour trouver le film</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Welcome back to your film collection.</source>
        <translation>Bon retour dans votre collection de films.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>No account yet? Create one</source>
        <translation>Pas encore de compte ? Créez-en un</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Catalogue on %1 · Change…</source>
        <translation>Catalogue sur %1 · Changer…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the catalogue service…</source>
        <translation>Démarrage du service du catalogue…</translation>
    </message>
    <message>
        <source>Reelvault</source>
        <translation>Reelvault</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>%1 You will need to sign in each time you start Reelvault; nothing is stored in plain files.</source>
        <translation>%1 Il faudra vous connecter à chaque démarrage de Reelvault ; rien n’est enregistré dans des fichiers en clair.</translation>
    </message>
    <message>
        <source>No system keychain: signing in is not remembered.</source>
        <translation>Pas de trousseau système : la connexion n’est pas mémorisée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
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
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>API &amp;Console…</source>
        <translation>&amp;Console de l’API…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language changes the next time Reelvault starts.</source>
        <translation>La langue changera au prochain démarrage de Reelvault.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Reelvault</source>
        <translation>À propos de &amp;Reelvault</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API : %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s API is served here; try it with curl.</source>
        <translation>L’API du catalogue est servie ici ; essayez-la avec curl.</translation>
    </message>
    <message>
        <source>Opening your catalogue…</source>
        <translation>Ouverture de votre catalogue…</translation>
    </message>
    <message>
        <source>The catalogue service did not answer.</source>
        <translation>Le service du catalogue n’a pas répondu.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>About Reelvault</source>
        <translation>À propos de Reelvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;An offline movie catalogue with a real authentication API built in.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libsodium and SQLite.&lt;/p&gt;&lt;p&gt;The sample catalogue is &lt;i&gt;movies.json&lt;/i&gt; from vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). The common-password list is Openwall&apos;s &lt;i&gt;password.lst&lt;/i&gt; (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;Un catalogue de films hors ligne, avec une vraie API d’authentification intégrée.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2, libsodium et SQLite.&lt;/p&gt;&lt;p&gt;Le catalogue d’exemple est &lt;i&gt;movies.json&lt;/i&gt; de vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). La liste de mots de passe courants est &lt;i&gt;password.lst&lt;/i&gt; d’Openwall (domaine public).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reelvault is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reelvault est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE ; voir &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;la licence&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account is ready, but signing in failed: %1</source>
        <translation>Votre compte est prêt, mais la connexion a échoué : %1</translation>
    </message>
    <message>
        <source>What to watch &amp;tonight…</source>
        <translation>Que regarder ce &amp;soir…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>I&amp;mports…</source>
        <translation>I&amp;mportations…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import a film history</source>
        <translation>Importer un historique de films</translation>
    </message>
    <message>
        <source>Film histories (*.zip *.csv *.json);;All files (*)</source>
        <translation>Historiques de films (*.zip *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln viewing(s) added.</source>
        <translation>
            <numerusform>Importé : %Ln séance ajoutée.</numerusform>
            <numerusform>Importé : %Ln séances ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <source>Letterboxd CSV, for Letterboxd&apos;s importer (*.csv)</source>
        <translation>CSV Letterboxd, pour l’importateur de Letterboxd (*.csv)</translation>
    </message>
    <message>
        <source>Everything, to import into Reelvault again (*.json)</source>
        <translation>Tout, pour le réimporter dans Reelvault (*.json)</translation>
    </message>
    <message>
        <source>Export my film history</source>
        <translation>Exporter mon historique de films</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Le fichier ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>The films the catalogue shows now, for a spreadsheet (*.csv)</source>
        <translation>Les films que le catalogue affiche, pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Poster &amp;wall</source>
        <translation>&amp;Mur d’affiches</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the catalogue as posters or as a table</source>
        <translation>Afficher le catalogue en affiches ou en tableau</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistiques</translation>
    </message>
    <message>
        <source>You have signed out of this device.</source>
        <translation>Vous êtes déconnecté de cet appareil.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Serveur…</translation>
    </message>
    <message>
        <source>The catalogue service could not start:
%1

Settings › Server can connect to a shared server instead.</source>
        <translation>Le service du catalogue n’a pas pu démarrer :
%1

Réglages › Serveur peut se connecter à un serveur partagé à la place.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>The shared catalogue this window is connected to (Settings › Server).</source>
        <translation>Le catalogue partagé auquel cette fenêtre est connectée (Réglages › Serveur).</translation>
    </message>
    <message>
        <source>Reelvault — %1</source>
        <translation>Reelvault — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not answer (%2). Sign in once it is back, or choose another server in Settings › Server.</source>
        <translation>Le serveur %1 n’a pas répondu (%2). Connectez-vous quand il sera de retour, ou choisissez un autre serveur dans Réglages › Serveur.</translation>
    </message>
</context>
<context>
    <name>MinePanel</name>
    <message>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
    <message>
        <source>On my &amp;watchlist</source>
        <translation>Sur ma &amp;liste à voir</translation>
    </message>
    <message>
        <source>A fa&amp;vourite</source>
        <translation>Un fa&amp;vori</translation>
    </message>
    <message>
        <source>Remove this viewing</source>
        <translation>Retirer ce visionnage</translation>
    </message>
    <message>
        <source>Watched &amp;today</source>
        <translation>Vu au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Watched &amp;on</source>
        <translation>V&amp;u le</translation>
    </message>
    <message>
        <source>Double-click a viewing to edit it.</source>
        <translation>Double-cliquez sur une séance pour la modifier.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>revu</translation>
    </message>
    <message>
        <source>Not watched yet.</source>
        <translation>Pas encore vu.</translation>
    </message>
    <message>
        <source>Marked watched on %1.</source>
        <translation>Marqué comme vu le %1.</translation>
    </message>
</context>
<context>
    <name>MovieDialog</name>
    <message>
        <source>Add film</source>
        <translation>Ajouter un film</translation>
    </message>
    <message>
        <source>Edit film</source>
        <translation>Modifier le film</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>from the release date</source>
        <translation>d’après la date de sortie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>en dollars US</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Released:</source>
        <translation>&amp;Sortie :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>Réa&amp;lisation :</translation>
    </message>
    <message>
        <source>Running &amp;time:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Rat&amp;ed:</source>
        <translation>Cla&amp;ssification :</translation>
    </message>
    <message>
        <source>&amp;IMDb rating:</source>
        <translation>Note &amp;IMDb :</translation>
    </message>
    <message>
        <source>R&amp;otten Tomatoes:</source>
        <translation>R&amp;otten Tomatoes :</translation>
    </message>
    <message>
        <source>Distri&amp;butor:</source>
        <translation>Distri&amp;buteur :</translation>
    </message>
    <message>
        <source>&amp;US gross:</source>
        <translation>Recettes (É&amp;tats-Unis) :</translation>
    </message>
    <message>
        <source>&amp;Worldwide gross:</source>
        <translation>Recettes (&amp;monde) :</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget :</translation>
    </message>
    <message>
        <source>Every film needs a title.</source>
        <translation>Chaque film a besoin d’un titre.</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Click to sort by title (a leading “The”, “A” or “An” is not counted); click again to reverse</source>
        <translation>Cliquez pour trier par titre (un « The », « A » ou « An » initial n’est pas compté) ; cliquez à nouveau pour inverser</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse</source>
        <translation>Cliquez pour trier selon cette colonne ; cliquez à nouveau pour inverser</translation>
    </message>
    <message>
        <source>%1 (on your watchlist)</source>
        <translation>%1 (sur votre liste à voir)</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vus</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Choose poster…</source>
        <translation>Choisir l’affiche…</translation>
    </message>
    <message>
        <source>Remove poster</source>
        <translation>Retirer l’affiche</translation>
    </message>
    <message>
        <source>This image is larger than 8 MiB.</source>
        <translation>Cette image dépasse 8 Mio.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Choose a poster</source>
        <translation>Choisir une affiche</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Membre depuis :</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe act&amp;uel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Changing the password signs you out everywhere else.</source>
        <translation>Changer le mot de passe vous déconnecte partout ailleurs.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Nom enregistré.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Mot de passe changé. Vos autres sessions ont été déconnectées.</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Séc&amp;urité</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you created your account, and choose a new password. The code can be used only once; every other sign-in of your account ends.</source>
        <translation>Saisissez l’un des codes de récupération enregistrés à la création de votre compte et choisissez un nouveau mot de passe. Un code ne sert qu’une fois ; toutes les autres connexions de votre compte prennent fin.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Définir le mot de passe et se connecter</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Saisissez votre e-mail.</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes.</source>
        <translation>Saisissez l’un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This email and code do not match, or the code was used already.</source>
        <translation>Cet e-mail et ce code ne correspondent pas, ou le code a déjà servi.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <source>I have saved these codes somewhere safe</source>
        <translation>J’ai enregistré ces codes en lieu sûr</translation>
    </message>
    <message>
        <source>Your recovery codes</source>
        <translation>Vos codes de récupération</translation>
    </message>
    <message>
        <source>If you forget your password, one of these codes lets you set a new one (Sign in › Forgot password?). Each works once. Keep them where you keep important papers: they are shown only now.</source>
        <translation>Si vous oubliez votre mot de passe, l’un de ces codes permet d’en définir un nouveau (Connexion › Mot de passe oublié ?). Chacun sert une fois. Rangez-les avec vos papiers importants : ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Reelvault recovery codes for %1, made %2. Each works once.</source>
        <translation>Codes de récupération Reelvault pour %1, créés le %2. Chacun sert une fois.</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Enregistrer les codes de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the codes: %1</source>
        <translation>Les codes n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Create your account</source>
        <translation>Créer votre compte</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>How we greet you (optional)</source>
        <translation>Comment vous saluer (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Already have an account? Sign in</source>
        <translation>Déjà un compte ? Connectez-vous</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>At least 8 characters; not a common password or one with a few letters or digits changed.</source>
        <translation>Au moins 8 caractères ; pas un mot de passe courant, ni un mot de passe courant à quelques lettres ou chiffres près.</translation>
    </message>
    <message>
        <source>Welcome to Reelvault</source>
        <translation>Bienvenue dans Reelvault</translation>
    </message>
    <message>
        <source>Your catalogue is ready and has no accounts yet. Create the first one: it becomes the catalogue&apos;s administrator, who can add, edit and delete films.</source>
        <translation>Votre catalogue est prêt et n’a encore aucun compte. Créez le premier : il devient l’administrateur du catalogue, qui peut ajouter, modifier et supprimer des films.</translation>
    </message>
    <message>
        <source>Your catalogue stays on this computer.</source>
        <translation>Votre catalogue reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Sign out &amp;this one</source>
        <translation>&amp;Déconnecter celui-ci</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Déconnecter tous les &amp;autres</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation>Déconnecter &amp;partout</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Make &amp;new codes</source>
        <translation>Créer de &amp;nouveaux codes</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Où vous êtes connecté</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <source>Current pass&amp;word:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>Security history (one year)</source>
        <translation>Historique de sécurité (un an)</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe erroné</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign-ins paused</source>
        <translation>Trop de mots de passe erronés : connexions suspendues</translation>
    </message>
    <message>
        <source>Someone used an old sign-in; that session was ended</source>
        <translation>Quelqu’un a utilisé une ancienne connexion ; cette session a été fermée</translation>
    </message>
    <message>
        <source>Signed out a device</source>
        <translation>Un appareil déconnecté</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Connexion avec un code de récupération</translation>
    </message>
    <message>
        <source>New recovery codes made</source>
        <translation>Nouveaux codes de récupération créés</translation>
    </message>
    <message>
        <source>Wrong recovery code</source>
        <translation>Code de récupération erroné</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <source>You have no recovery codes left: make new ones, or a forgotten password locks you out.</source>
        <translation>Il ne vous reste aucun code de récupération : créez-en de nouveaux, sinon un mot de passe oublié vous bloquera.</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Each lets you set a new password once if you forget yours.</source>
        <translation>
            <numerusform>Il reste %n code de récupération. Chacun permet une fois de définir un nouveau mot de passe si vous oubliez le vôtre.</numerusform>
            <numerusform>Il reste %n codes de récupération. Chacun permet une fois de définir un nouveau mot de passe si vous oubliez le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>That device is signed out.</source>
        <translation>Cet appareil est déconnecté.</translation>
    </message>
    <message>
        <source>Every other device is signed out.</source>
        <translation>Tous les autres appareils sont déconnectés.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Enter the shared server&apos;s address, such as https://films.example.org.</source>
        <translation>Saisissez l’adresse du serveur partagé, par exemple https://films.example.org.</translation>
    </message>
    <message>
        <source>An address has no spaces or control characters.</source>
        <translation>Une adresse ne contient ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>This is not a web address (%1).</source>
        <translation>Ce n’est pas une adresse web (%1).</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>L’adresse doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>L’adresse n’a pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: you sign in after connecting.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’adresse : vous vous connectez une fois relié au serveur.</translation>
    </message>
    <message>
        <source>The address cannot have a query (?…) or a fragment (#…).</source>
        <translation>L’adresse ne peut pas contenir de requête (?…) ni de fragment (#…).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Cet ordinateur</translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation>Un serveur &amp;partagé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Shared server address</source>
        <translation>Adresse du serveur partagé</translation>
    </message>
    <message>
        <source>Where your catalogue lives. Each server keeps its own accounts, and you stay signed in to each one: switching back does not ask for your password again.</source>
        <translation>Où vit votre catalogue. Chaque serveur a ses propres comptes, et vous restez connecté à chacun : revenir à l’un ne redemande pas votre mot de passe.</translation>
    </message>
    <message>
        <source>Kept in a file on this computer and served by Reelvault itself. Nothing leaves this computer.</source>
        <translation>Conservé dans un fichier sur cet ordinateur et servi par Reelvault lui-même. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>A household&apos;s or a club&apos;s catalogue, run with reelvault --serve (see docs/shared-server.md).</source>
        <translation>Le catalogue d’un foyer ou d’un club, servi par reelvault --serve (voir docs/shared-server.md).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Passwords and sessions would cross the network unencrypted. Use https:// unless this network is yours alone.</source>
        <translation>Les mots de passe et les sessions traverseraient le réseau sans chiffrement. Utilisez https://, sauf si ce réseau n’est qu’à vous.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Nothing answered at this address (%1).</source>
        <translation>Rien n’a répondu à cette adresse (%1).</translation>
    </message>
    <message>
        <source>A web server answers at this address, but not Reelvault&apos;s API.</source>
        <translation>Un serveur web répond à cette adresse, mais pas l’API de Reelvault.</translation>
    </message>
</context>
<context>
    <name>SessionVault</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Le trousseau du système n’est pas disponible (%1).</translation>
    </message>
</context>
<context>
    <name>StarRatingEdit</name>
    <message>
        <source>Not rated: click a star, or press 1 to 5</source>
        <translation>Pas noté : cliquez sur une étoile, ou appuyez sur 1 à 5</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Year in &amp;review…</source>
        <translation>&amp;Bilan de l’année…</translation>
    </message>
    <message>
        <source>Viewings per month</source>
        <translation>Visionnages par mois</translation>
    </message>
    <message>
        <source>Films by genre</source>
        <translation>Films par genre</translation>
    </message>
    <message>
        <source>Films by decade of release</source>
        <translation>Films par décennie de sortie</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Réalisateurs les plus vus</translation>
    </message>
    <message>
        <source>Viewings by day of the week</source>
        <translation>Visionnages par jour de la semaine</translation>
    </message>
    <message>
        <source>My ratings</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>My rating against IMDb&apos;s</source>
        <translation>Ma note face à celle d’IMDb</translation>
    </message>
    <message>
        <source>The catalogue: films per decade</source>
        <translation>Le catalogue : films par décennie</translation>
    </message>
    <message>
        <source>The catalogue: IMDb against Rotten Tomatoes</source>
        <translation>Le catalogue : IMDb face à Rotten Tomatoes</translation>
    </message>
    <message>
        <source>The catalogue: budget against worldwide gross</source>
        <translation>Le catalogue : budget face aux recettes mondiales</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>The catalogue (every film in it, not only yours)</source>
        <translation>Le catalogue (tous ses films, pas seulement les vôtres)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 on one page, to keep or share as an image</source>
        <translation>%1 sur une page, à garder ou partager en image</translation>
    </message>
    <message>
        <source>Choose a year first</source>
        <translation>Choisissez d’abord une année</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>années %1</translation>
    </message>
    <message>
        <source>No viewings in %1 yet: add them in the catalogue or the diary.</source>
        <translation>Aucun visionnage en %1 pour l’instant : ajoutez-en dans le catalogue ou le journal.</translation>
    </message>
    <message>
        <source>No viewings yet: add them in the catalogue, the diary, or import a history (File › Import…).</source>
        <translation>Aucun visionnage pour l’instant : ajoutez-en dans le catalogue ou le journal, ou importez un historique (Fichier › Importer…).</translation>
    </message>
    <message numerus="yes">
        <source>The hours leave out %n viewing(s) of films without a known runtime.</source>
        <translation>
            <numerusform>Les heures omettent %n visionnage d’un film sans durée connue.</numerusform>
            <numerusform>Les heures omettent %n visionnages de films sans durée connue.</numerusform>
        </translation>
    </message>
    <message>
        <source>No viewings to chart.</source>
        <translation>Aucun visionnage à représenter.</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Visionnages</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n viewing(s)</source>
        <translation>
            <numerusform>%1 %2 : %n visionnage</numerusform>
            <numerusform>%1 %2 : %n visionnages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Rien à représenter pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n film(s)</source>
        <translation>
            <numerusform>%1 : %n film</numerusform>
            <numerusform>%1 : %n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n viewing(s)</source>
        <translation>
            <numerusform>%1 : %n visionnage</numerusform>
            <numerusform>%1 : %n visionnages</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet: rate films with the stars in the catalogue.</source>
        <translation>Aucune note pour l’instant : notez des films avec les étoiles du catalogue.</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate films that have an IMDb rating to compare.</source>
        <translation>Notez des films qui ont une note IMDb pour comparer.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of your %L2 rated films.</source>
        <translation>Un échantillon régulier de %L1 de vos %L2 films notés.</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>Note IMDb</translation>
    </message>
    <message>
        <source>My rating (stars)</source>
        <translation>Ma note (étoiles)</translation>
    </message>
    <message>
        <source>%1: mine %2, IMDb %3</source>
        <translation>%1 : la mienne %2, IMDb %3</translation>
    </message>
    <message>
        <source>No film has both ratings.</source>
        <translation>Aucun film n’a les deux notes.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both ratings.</source>
        <translation>Un échantillon régulier de %L1 des %L2 films qui ont les deux notes.</translation>
    </message>
    <message>
        <source>%L1 films with both ratings.</source>
        <translation>%L1 films ont les deux notes.</translation>
    </message>
    <message>
        <source>Rotten Tomatoes (%)</source>
        <translation>Rotten Tomatoes (%)</translation>
    </message>
    <message>
        <source>%1: IMDb %2, Rotten Tomatoes %3%</source>
        <translation>%1 : IMDb %2, Rotten Tomatoes %3 %</translation>
    </message>
    <message>
        <source>No film has both a budget and a gross.</source>
        <translation>Aucun film n’a à la fois un budget et des recettes.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both.</source>
        <translation>Un échantillon régulier de %L1 des %L2 films qui ont les deux.</translation>
    </message>
    <message>
        <source>%L1 films with both.</source>
        <translation>%L1 films ont les deux.</translation>
    </message>
    <message>
        <source>Both scales are logarithmic; above the dashed line a film grossed more than it cost.</source>
        <translation>Les deux échelles sont logarithmiques ; au-dessus de la ligne pointillée, un film a rapporté plus qu’il n’a coûté.</translation>
    </message>
    <message>
        <source>Production budget</source>
        <translation>Budget de production</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Recettes mondiales</translation>
    </message>
    <message>
        <source>%1: budget %2, gross %3</source>
        <translation>%1 : budget %2, recettes %3</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Seuil de rentabilité</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation>Heures vues</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Revisionnages</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Très faible : facile à deviner</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Paste a JWT here (three base64url parts separated by dots)</source>
        <translation>Collez un JWT ici (trois parties base64url séparées par des points)</translation>
    </message>
    <message>
        <source>Edit the claims to see the signature stop matching</source>
        <translation>Modifiez les revendications pour voir la signature ne plus correspondre</translation>
    </message>
    <message>
        <source>Optional: the HS256 key, base64url, to verify the signature here</source>
        <translation>Facultatif : la clé HS256 (base64url), pour vérifier la signature ici</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Use &amp;my token</source>
        <translation>Utiliser &amp;mon jeton</translation>
    </message>
    <message>
        <source>&amp;Ask the server</source>
        <translation>&amp;Demander au serveur</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims (editable)</source>
        <translation>Revendications (modifiables)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Pas encore de jeton.</translation>
    </message>
    <message>
        <source>Not well-formed: a JWT has three parts separated by dots; this has %1.</source>
        <translation>Mal formé : un JWT a trois parties séparées par des points ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Not well-formed: the header is not base64url-encoded JSON.</source>
        <translation>Mal formé : l’en-tête n’est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>Not well-formed: the claims are not base64url-encoded JSON.</source>
        <translation>Mal formé : les revendications ne sont pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>Not well-formed: the signature is not base64url.</source>
        <translation>Mal formé : la signature n’est pas en base64url.</translation>
    </message>
    <message>
        <source>%1
(%2 bytes: %3)</source>
        <translation>%1
(%2 octets : %3)</translation>
    </message>
    <message>
        <source>Well-formed HS256 token.</source>
        <translation>Jeton HS256 bien formé.</translation>
    </message>
    <message>
        <source>Well-formed, but signed with &quot;%1&quot;: this server accepts HS256 only.</source>
        <translation>Bien formé, mais signé avec « %1 » : ce serveur n’accepte que HS256.</translation>
    </message>
    <message>
        <source>The claims were edited: the signature was made for the original claims and no longer matches them.</source>
        <translation>Les revendications ont été modifiées : la signature a été faite pour les revendications d’origine et ne correspond plus.</translation>
    </message>
    <message>
        <source>With this key the signature is valid.</source>
        <translation>Avec cette clé, la signature est valide.</translation>
    </message>
    <message>
        <source>With this key the signature does not match.</source>
        <translation>Avec cette clé, la signature ne correspond pas.</translation>
    </message>
    <message>
        <source>issuer: who made the token (this server says &quot;reelvault&quot;)</source>
        <translation>émetteur : qui a créé le jeton (ce serveur dit « reelvault »)</translation>
    </message>
    <message>
        <source>subject: the id of the account it speaks for</source>
        <translation>sujet : l’identifiant du compte qu’il représente</translation>
    </message>
    <message>
        <source>the account&apos;s email when the token was made</source>
        <translation>l’adresse e-mail du compte à la création du jeton</translation>
    </message>
    <message>
        <source>admin or user; the server reads the role fresh from its database</source>
        <translation>admin ou user ; le serveur relit le rôle dans sa base de données</translation>
    </message>
    <message>
        <source>issued at</source>
        <translation>émis le</translation>
    </message>
    <message>
        <source>not before: not valid until then</source>
        <translation>pas avant : non valide avant cette date</translation>
    </message>
    <message>
        <source>expires: refused after this (with at most 60 s leeway)</source>
        <translation>expire : refusé ensuite (avec au plus 60 s de tolérance)</translation>
    </message>
    <message>
        <source>token id: what logout revokes</source>
        <translation>identifiant du jeton : ce que la déconnexion révoque</translation>
    </message>
    <message>
        <source>Expired %1 s ago.</source>
        <translation>Expiré il y a %1 s.</translation>
    </message>
    <message>
        <source>Expires in %1:%2 (minutes:seconds).</source>
        <translation>Expire dans %1:%2 (minutes:secondes).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Question au serveur…</translation>
    </message>
    <message>
        <source>The server accepts this token (GET /userdetails answered 200 for %1).</source>
        <translation>Le serveur accepte ce jeton (GET /userdetails a répondu 200 pour %1).</translation>
    </message>
    <message>
        <source>The server refuses this token: %1 %2</source>
        <translation>Le serveur refuse ce jeton : %1 %2</translation>
    </message>
</context>
<context>
    <name>TonightDialog</name>
    <message>
        <source>&amp;Another</source>
        <translation>Un &amp;autre</translation>
    </message>
    <message>
        <source>Add to &amp;watchlist</source>
        <translation>Ajouter à la liste &amp;à voir</translation>
    </message>
    <message>
        <source>&amp;Mark watched today</source>
        <translation>&amp;Marquer vu aujourd’hui</translation>
    </message>
    <message>
        <source>What to watch tonight</source>
        <translation>Que regarder ce soir</translation>
    </message>
    <message>
        <source>Films I have not watched</source>
        <translation>Les films que je n’ai pas vus</translation>
    </message>
    <message>
        <source>My watchlist</source>
        <translation>Ma liste à voir</translation>
    </message>
    <message>
        <source>Any genre</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation>Toutes les décennies</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>Années %1</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toutes les durées</translation>
    </message>
    <message>
        <source> min at most</source>
        <translation> min au plus</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>IMDb at least </source>
        <translation>IMDb au moins </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Parmi :</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Decade:</source>
        <translation>&amp;Décennie :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Nothing matches: widen the filters.</source>
        <translation>Rien ne correspond : élargissez les filtres.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>directed by %1</source>
        <translation>réalisé par %1</translation>
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
        <translation>Rendre &amp;administrateur</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Make m&amp;ember</source>
        <translation>Rendre &amp;membre</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>The account %1 and everything of it (diary, ratings, tags, imports) will be deleted, and its sessions end at once. This cannot be undone.</source>
        <translation>Le compte %1 et tout ce qui lui appartient (journal, notes, étiquettes, imports) seront supprimés, et ses sessions prennent fin aussitôt. C’est irréversible.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ViewingDialog</name>
    <message>
        <source>A &amp;rewatch</source>
        <translation>&amp;Revu</translation>
    </message>
    <message>
        <source>Edit viewing</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Where, with whom, what you thought</source>
        <translation>Où, avec qui, ce que vous en avez pensé</translation>
    </message>
    <message>
        <source>&amp;Watched on:</source>
        <translation>&amp;Vu le :</translation>
    </message>
    <message>
        <source>Rating that day:</source>
        <translation>Note ce jour-là :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>YearInReview</name>
    <message>
        <source>REELVAULT · YEAR IN REVIEW</source>
        <translation>REELVAULT · BILAN DE L’ANNÉE</translation>
    </message>
    <message>
        <source>%1 in film</source>
        <translation>%1 en films</translation>
    </message>
    <message>
        <source>No films watched in %1.</source>
        <translation>Aucun film vu en %1.</translation>
    </message>
    <message>
        <source>Busiest month</source>
        <translation>Mois le plus chargé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n film(s)</source>
        <translation>
            <numerusform>%1 · %n film</numerusform>
            <numerusform>%1 · %n films</numerusform>
        </translation>
    </message>
    <message>
        <source>Favourite day</source>
        <translation>Jour préféré</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n viewing(s)</source>
        <translation>
            <numerusform>%1 · %n visionnage</numerusform>
            <numerusform>%1 · %n visionnages</numerusform>
        </translation>
    </message>
    <message>
        <source>First film of the year</source>
        <translation>Premier film de l’année</translation>
    </message>
    <message>
        <source>Last film of the year</source>
        <translation>Dernier film de l’année</translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation>Genres favoris</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Réalisateurs les plus vus</translation>
    </message>
    <message>
        <source>Highest rated</source>
        <translation>Les mieux notés</translation>
    </message>
    <message>
        <source>No ratings this year</source>
        <translation>Aucune note cette année</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Revisionnages</translation>
    </message>
    <message>
        <source>None: all new to you</source>
        <translation>Aucun : tout était nouveau pour vous</translation>
    </message>
    <message numerus="yes">
        <source>%n film(s) seen again</source>
        <translation>
            <numerusform>%n film revu</numerusform>
            <numerusform>%n films revus</numerusform>
        </translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>Le plus long</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Reelvault, a film catalogue that stays on your computer</source>
        <translation>Créé avec Reelvault, un catalogue de films qui reste sur votre ordinateur</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Visionnages</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
</context>
<context>
    <name>YearInReviewDialog</name>
    <message>
        <source>%1 in review</source>
        <translation>Bilan %1</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <source>The image is on the clipboard.</source>
        <translation>L’image est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the year in review</source>
        <translation>Enregistrer le bilan de l’année</translation>
    </message>
    <message>
        <source>Reelvault %1 in review.png</source>
        <translation>Reelvault bilan %1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>L’image n’a pas pu être enregistrée dans %1.</translation>
    </message>
</context>
</TS>
