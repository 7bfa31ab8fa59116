// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace localrig::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LocalRig"));
    setMinimumSize(960, 640);
    auto* placeholder = new QLabel(tr("Plan, Compare, Models, Hardware and Guide pages arrive with the catalog."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    setCentralWidget(placeholder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LocalRig"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LocalRig"),
                       tr("<b>LocalRig %1</b><p>What hardware you need to run open-weight AI models locally, "
                          "and what it costs against a cloud API.</p>")
                           .arg(QStringLiteral(LOCALRIG_VERSION)));
}

} // namespace localrig::ui
