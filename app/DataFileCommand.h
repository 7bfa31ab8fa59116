// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace localrig::app {

// A command that takes one .json or .csv data file (`localrig export FILE`, `localrig import FILE`): run()
// handles --help, the one FILE and its format, then hands the file to runWithFile(). Each command words
// its own texts, so its translations stay in its own context.
class DataFileCommand : public Command
{
public:
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) final;

protected:
    virtual QString fileDescription() const = 0; // the FILE argument in --help
    virtual QString expectedOneFile() const = 0; // the error when there is not exactly one FILE
    virtual QString failure(const QString& detail) const = 0; // "localrig export: <detail>"
    virtual int runWithFile(const QString& file, QTextStream& out, QTextStream& err) = 0;
};

} // namespace localrig::app
