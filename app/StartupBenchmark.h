// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace localrig::app {

// `localrig --benchmark-startup`: milliseconds from creating a window to its first paint, for an empty
// QWidget and for LocalRig's populated main window, in the same process. Prints figures, asserts nothing.
int runStartupBenchmark(qint64 applicationStartupNs, const std::function<std::unique_ptr<QWidget>()>& createMainWindow);

} // namespace localrig::app
