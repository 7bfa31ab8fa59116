// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for the start-up measurement (issue 19): a bare QWidget window that paints once and
// quits, run as a whole process side by side with `localrig --benchmark-startup`
// (scripts/startup-benchmark.sh). With --benchmark-startup it prints its own main() to first paint.
// With --label the window also paints one QLabel of text: a second baseline that pays for the font
// database and text shaping as any window with text does (the baseline draws no text).
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPaintEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace {

class BareWindow final : public QWidget
{
public:
    BareWindow(const QElapsedTimer& clock, bool print)
        : m_clock(clock)
        , m_print(print)
    { }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QWidget::paintEvent(event);
        QTimer::singleShot(0, qApp, [this] {
            if (m_print) {
                QTextStream(stdout) << "main() to first paint: "
                                    << QString::number(static_cast<double>(m_clock.nsecsElapsed()) / 1e6, 'f', 1)
                                    << " ms\n";
            }
            QCoreApplication::quit();
        });
    }

private:
    const QElapsedTimer& m_clock;
    bool m_print = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    const auto has = [argc, argv](const char* option) {
        return std::any_of(argv + 1, argv + argc,
                           [option](const char* argument) { return qstrcmp(argument, option) == 0; });
    };
    const bool print = has("--benchmark-startup");
    const bool withLabel = has("--label");
    QApplication app(argc, argv);
    BareWindow window(clock, print);
    if (withLabel) {
        auto* label = new QLabel(QStringLiteral("LocalRig: what to buy to run a model locally"), &window);
        label->move(20, 20);
        label->adjustSize();
    }
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(30000, &app, &QCoreApplication::quit); // never hang a benchmark
    return QApplication::exec();
}
