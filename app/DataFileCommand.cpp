// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFileCommand.h"

#include "CommandHelp.h"
#include "db/UserDataFile.h"

#include <QCommandLineParser>

namespace localrig::app {

int DataFileCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), fileDescription());
    if (!parser.parse(arguments)) {
        err << failure(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << expectedOneFile() << Qt::endl;
        return ExitBadArguments;
    }
    if (auto format = db::dataFileFormat(positional.first()); !format) {
        err << failure(QString::fromStdString(format.error().detail)) << Qt::endl;
        return ExitBadArguments;
    }
    return runWithFile(positional.first(), out, err);
}

} // namespace localrig::app
