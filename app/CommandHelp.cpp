// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandHelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace localrig::app {

QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    QString help = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.isEmpty()) {
        return help;
    }
    // Only the first line (the usage line) names the program; the option descriptions never do.
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = help.indexOf(arguments.constFirst());
    if (at >= 0 && (lineEnd < 0 || at < lineEnd)) {
        help.replace(at, arguments.constFirst().size(), QStringLiteral("localrig ") + command);
    }
    return help;
}

} // namespace localrig::app
