// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace localrig::app {

// The global --lang option: `localrig --lang de recommend …` (also accepted after the sub-command).
struct LanguageOption
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)

public:
    bool given = false;
    QString code; // as typed; empty when --lang has no value

    // Takes "--lang CODE" or "--lang=CODE" out of argv wherever it stands, so the sub-commands and Qt
    // parse the rest as before. Call it before the application object is constructed.
    static LanguageOption take(int& argc, char* argv[]);

    // False, after one line on `err` listing the languages LocalRig ships, when --lang came without a
    // language or with one LocalRig does not ship. Needs no application object, so it runs before one.
    bool isUsable(QTextStream& err) const;
};

// Installs the translators for --lang when given (checked with isUsable), else for the Preferences setting
// (display/language), else for the system's language. Needs the application identity set, to find the
// settings.
void applyLanguage(QCoreApplication& application, const LanguageOption& option);

} // namespace localrig::app
