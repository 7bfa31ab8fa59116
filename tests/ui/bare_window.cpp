// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for the start-up measurement (issue 19): a bare QWidget window that paints once and
// quits, run as a whole process side by side with `localrig --benchmark-startup`.
#include <QApplication>
#include <QPaintEvent>
#include <QTimer>
#include <QWidget>

namespace {

class BareWindow final : public QWidget
{
public:
    BareWindow() = default;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QWidget::paintEvent(event);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(30000, &app, &QCoreApplication::quit); // never hang a benchmark
    return QApplication::exec();
}
