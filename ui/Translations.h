// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace localrig::ui {

// The languages LocalRig ships and the translators that put one of them on screen. The .qm files are
// embedded under :/i18n by translations/CMakeLists.txt; Qt's own (qtbase_<lang>.qm, for standard dialogs
// and buttons) are loaded from Qt's translations folder when the system has them.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language
    {
        QString code; // the .qm suffix and the value saved in Preferences: en, de, fr, zh_CN
        QString nativeName; // the language in its own words, e.g. Deutsch
    };

    static QList<Language> available();
    static bool isAvailable(const QString& code);
    // "en, de, fr, zh_CN", for messages that list the choices.
    static QString availableCodes();

    // The language to use for a request: an available code is returned as it is; "" or "system" picks the
    // first of the system's UI languages that LocalRig ships, else English. An unknown code gives "".
    static QString resolve(const QString& requested);

    // Installs LocalRig's and Qt's translators for `language` (an available code, "" or "system") on
    // `application`, replacing any installed before. When a language was chosen explicitly, numbers, money
    // and dates follow it too (QLocale::setDefault); "system" keeps the system's formats. Returns the code
    // installed, or "" (and installs nothing) when `language` is not one LocalRig ships.
    static QString install(QCoreApplication& application, const QString& language);
};

} // namespace localrig::ui
