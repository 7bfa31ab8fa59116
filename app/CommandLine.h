// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace localrig::app {

// True when argv asks for a sub-command, --version or --help: those print and exit, no window.
bool isSubCommandInvocation(int argc, char* argv[]);

// True for sub-commands that draw (the PDF report renders charts) and so need a QApplication.
bool needsGuiApplication(int argc, char* argv[]);

// Organisation and application names (QSettings, QStandardPaths) and the version.
void setApplicationIdentity();

// Dispatches to the sub-command; returns the process exit code (0 ok, 1 failure, 2 bad arguments).
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runCommandLine(const QStringList& arguments);

} // namespace localrig::app
