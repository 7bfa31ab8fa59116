// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBenchmark.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace localrig::app {

namespace {

// The process's peak resident set (VmHWM in /proc/self/status), in kB; 0 where there is no /proc.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return 0;
    }
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

} // namespace

StartupBenchmark::StartupBenchmark()
{
    m_timer.start();
}

void StartupBenchmark::mark(const QString& phase)
{
    if (!m_enabled) {
        return;
    }
    const qint64 now = m_timer.nsecsElapsed();
    m_phases.emplace_back(phase, now - m_lastNs);
    m_lastNs = now;
}

void StartupBenchmark::finishAtFirstPaint(QWidget& window, std::function<void()> afterwards)
{
    m_afterwards = std::move(afterwards);
    window.installEventFilter(this);
    if (m_enabled) {
        QTimer::singleShot(30000, qApp, &QCoreApplication::quit); // never hang a benchmark
    }
}

bool StartupBenchmark::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        // The window and its children paint in this one pass; quit once it is done, as the bare window does.
        m_painted = true;
        QTimer::singleShot(0, this, [this, watched] {
            mark(tr("show to first paint"));
            watched->removeEventFilter(this);
            if (m_afterwards) {
                m_afterwards();
            }
            if (m_enabled) {
                print();
                QCoreApplication::quit();
            }
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::print() const
{
    const QLocale locale;
    auto ms = [&locale](qint64 ns) { return locale.toString(static_cast<double>(ns) / 1e6, 'f', 1); };
    QTextStream out(stdout);
    for (const auto& [phase, ns] : m_phases) {
        out << tr("%1: %2 ms").arg(phase, ms(ns)) << '\n';
    }
    out << tr("main() to first paint: %1 ms").arg(ms(m_lastNs)) << '\n';
    out << tr("peak resident memory: %1 MB")
               .arg(locale.toString(static_cast<double>(peakResidentKb()) / 1024.0, 'f', 1))
        << '\n';
}

} // namespace localrig::app
