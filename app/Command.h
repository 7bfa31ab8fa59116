// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace localrig::app {

enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitBadArguments = 2 };

// One sub-command of `localrig`. Streams are injected so tests capture exact text and JSON
// (KeePassXC's cli/Command).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is the program name; the sub-command name is already removed.
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

} // namespace localrig::app
