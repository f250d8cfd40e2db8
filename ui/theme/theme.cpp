// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "theme/palette.h"
#include "uilogging.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

const QString SettingsKey = u"theme"_s;
const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;

// What the desktop had before any theme was applied, to go back to for "System".
struct SystemLook
{
    QString style;
    QPalette palette;
    bool saved = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.saved) {
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.saved = true;
    }
    return look;
}

// The portal's colour scheme: 1 prefers dark, 2 prefers light, 0 (or no portal) no preference.
int portalColourScheme()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return 0;
    QDBusInterface portal(PortalService, PortalPath, PortalSettings, QDBusConnection::sessionBus());
    if (!portal.isValid())
        return 0;
    portal.setTimeout(500);
    const QDBusReply<QVariant> reply
            = portal.call(u"Read"_s, u"org.freedesktop.appearance"_s, u"color-scheme"_s);
    if (!reply.isValid())
        return 0;
    // Read() wraps the value in one more variant.
    QVariant value = reply.value();
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toInt();
}

// Follows the portal's changes while the theme is "System".
class PortalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit PortalWatcher(QObject *parent)
        : QObject(parent)
    {
        QDBusConnection::sessionBus().connect(PortalService, PortalPath, PortalSettings,
                                              u"SettingChanged"_s, this,
                                              SLOT(settingChanged(QString, QString, QDBusVariant)));
    }

public Q_SLOTS:
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &)
    {
        if (group == "org.freedesktop.appearance"_L1 && key == "color-scheme"_L1
            && Theme::chosen() == Theme::Mode::System)
            Theme::apply(Theme::Mode::System);
    }
};

void watchPortal()
{
    static bool watching = false;
    if (watching || !qApp)
        return;
    watching = true;
    new PortalWatcher(qApp);
}

void use(const QString &style, const QPalette &palette)
{
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    QApplication::setPalette(palette);
}

} // namespace

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Theme::Mode Theme::chosen()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    for (Mode mode : {Mode::Light, Mode::Dark}) {
        if (saved == name(mode))
            return mode;
    }
    return Mode::System;
}

void Theme::choose(Mode mode)
{
    QSettings().setValue(SettingsKey, name(mode));
    apply(mode);
}

void Theme::apply(Mode mode)
{
    const SystemLook &system = systemLook();
    watchPortal();
    if (mode == Mode::System) {
        const int scheme = portalColourScheme();
        const bool platformDark = Palette::isDark(system.palette);
        if (scheme == 1 && !platformDark)
            mode = Mode::Dark;
        else if (scheme == 2 && platformDark)
            mode = Mode::Light;
    }
    switch (mode) {
    case Mode::System:
        use(system.style, system.palette);
        break;
    case Mode::Light:
        use(u"Fusion"_s, Palette::light());
        break;
    case Mode::Dark:
        use(u"Fusion"_s, Palette::dark());
        break;
    }
    qCInfo(lcUi) << "theme:" << name(chosen()) << (isDark() ? "(dark)" : "(light)");
}

bool Theme::isDark()
{
    return Palette::isDark(QApplication::palette());
}

#include "theme.moc"
