// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QWidget;

namespace localrig::app {

// `localrig --benchmark-startup`: the ordinary start-up, timed phase by phase from the top of main() to
// the main window's first paint, after which the process quits. Run as a whole process side by side with
// `localrig_bare_window` (scripts/startup-benchmark.sh) it gives the issue-19 figures. Prints figures,
// asserts nothing. When not enabled it only runs what waits for the first paint, so main() has one
// start-up path.
class StartupBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupBenchmark)

public:
    // Starts the clock; call it first thing in main().
    StartupBenchmark();

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Ends the phase that began at the previous mark (or at the start) and names it.
    void mark(const QString& phase);
    // Once `window` has painted for the first time: runs `afterwards` (work the first paint need not wait
    // for), then, when enabled, prints the phases and quits the application.
    void finishAtFirstPaint(QWidget& window, std::function<void()> afterwards);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void print() const;

    QElapsedTimer m_timer;
    qint64 m_lastNs = 0;
    bool m_enabled = false;
    bool m_painted = false;
    std::function<void()> m_afterwards;
    std::vector<std::pair<QString, qint64>> m_phases; // name, nanoseconds
};

} // namespace localrig::app
