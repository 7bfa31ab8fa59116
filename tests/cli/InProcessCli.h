// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace localrig::tests {

// One `localrig` command run in-process, its streams captured as text.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `arguments` without the program name: run({"estimate", "--model", "phi4"}).
inline Run run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("localrig"));
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = localrig::app::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace localrig::tests
