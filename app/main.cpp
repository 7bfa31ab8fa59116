// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // A sub-command prints and exits without a window (and without needing a display).
    if (localrig::app::isSubCommandInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        localrig::app::setApplicationIdentity();
        return localrig::app::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    localrig::app::setApplicationIdentity();
    localrig::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
