// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBenchmark.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

namespace localrig::app {

namespace {

// Ends a local event loop at the watched widget's first paint.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QEventLoop& loop)
        : m_loop(loop)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            m_loop.quit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop& m_loop;
};

// Nanoseconds from before `create` until the created window has painted once.
qint64 timeToFirstPaint(const std::function<std::unique_ptr<QWidget>()>& create)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QWidget> window = create();
    QEventLoop loop;
    FirstPaint watcher(loop);
    window->installEventFilter(&watcher);
    window->resize(1280, 800);
    window->show();
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // never hang a benchmark
    loop.exec();
    const qint64 elapsed = timer.nsecsElapsed();
    window->removeEventFilter(&watcher);
    return elapsed;
}

} // namespace

int runStartupBenchmark(qint64 applicationStartupNs, const std::function<std::unique_ptr<QWidget>()>& createMainWindow)
{
    const qint64 empty = timeToFirstPaint([] { return std::make_unique<QWidget>(); });
    const qint64 localrig = timeToFirstPaint(createMainWindow);
    const QLocale locale;
    auto ms = [&locale](qint64 ns) { return locale.toString(static_cast<double>(ns) / 1e6, 'f', 1); };
    QTextStream out(stdout);
    out << QCoreApplication::translate("StartupBenchmark", "QApplication construction: %1 ms\n")
               .arg(ms(applicationStartupNs))
        << QCoreApplication::translate("StartupBenchmark", "Empty QWidget to first paint: %1 ms\n").arg(ms(empty))
        << QCoreApplication::translate("StartupBenchmark",
                                       "LocalRig main window (catalog loaded, pages populated) to first paint: %1 ms\n")
               .arg(ms(localrig))
        << QCoreApplication::translate("StartupBenchmark", "Difference: %1 ms\n").arg(ms(localrig - empty));
    return 0;
}

} // namespace localrig::app
