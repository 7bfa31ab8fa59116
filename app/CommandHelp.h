// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace localrig::app {

// A sub-command's --help text. QCommandLineParser names the program by the path it was started with
// ("Usage: ./bin/localrig [options]"); a sub-command's usage line should read "localrig tco [options]".
QString commandHelp(const QCommandLineParser& parser, const QString& command);

} // namespace localrig::app
