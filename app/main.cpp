// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "CommandLine.h"
#include "LanguageOption.h"
#include "StartupBenchmark.h"
#include "db/DataLocations.h"
#include "ui/CatalogSource.h"
#include "ui/MainWindow.h"
#include "ui/Wording.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <thread>

namespace {

// Sets the names QSettings needs, then the language.
void prepare(QCoreApplication& application, const localrig::app::LanguageOption& language)
{
    localrig::app::setApplicationIdentity();
    localrig::app::applyLanguage(application, language);
}

} // namespace

int main(int argc, char* argv[])
{
    localrig::app::StartupBenchmark bench; // the clock starts here; it prints only with --benchmark-startup
    // --lang may stand before or after a sub-command; take it out before anything else reads argv.
    const auto language = localrig::app::LanguageOption::take(argc, argv);
    if (QTextStream err(stderr); !language.isUsable(err)) {
        return localrig::app::ExitBadArguments;
    }
    // A sub-command prints and exits without a window (and without needing a display).
    if (localrig::app::isSubCommandInvocation(argc, argv)) {
        if (localrig::app::needsGuiApplication(argc, argv)) {
            // Drawing charts needs a GUI application; with no display, draw off-screen.
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            QApplication app(argc, argv);
            prepare(app, language);
            return localrig::app::runCommandLine(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        prepare(app, language);
        return localrig::app::runCommandLine(QCoreApplication::arguments());
    }
    const bool benchmark = std::any_of(
        argv + 1, argv + argc, [](const char* argument) { return qstrcmp(argument, "--benchmark-startup") == 0; });
    bench.setEnabled(benchmark);
    QApplication app(argc, argv);
    bench.mark(QObject::tr("QApplication construction"));
    prepare(app, language);
    QApplication::setApplicationDisplayName(QStringLiteral("LocalRig"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.localrig.LocalRig"));
    bench.mark(QObject::tr("settings and language"));

    // The font database (fontconfig's files, then every installed font's properties) fills in a second thread
    // while this one opens the catalog; it is joined before the window, the first to measure text, is built.
    std::jthread fonts([] { (void)QFontDatabase::families(); });
    localrig::ui::CatalogSource source;
    if (auto opened = source.open(localrig::db::shippedCatalogPath(), localrig::db::userDatabasePath()); !opened) {
        if (benchmark) {
            QTextStream(stderr) << localrig::ui::Wording::error(opened.error()) << '\n';
            return 1;
        }
        QMessageBox::critical(nullptr, QObject::tr("LocalRig"),
                              QObject::tr("The bundled catalog cannot be read, so LocalRig cannot start.\n\n%1")
                                  .arg(localrig::ui::Wording::error(opened.error())));
        return 1;
    }
    fonts.join();
    bench.mark(QObject::tr("catalog open"));
    QSettings settings;
    localrig::ui::MainWindow window(source, settings);
    bench.mark(QObject::tr("main window construction"));
    if (benchmark) {
        window.resize(1280, 800); // the bare window's size, whatever the saved geometry
    }
    window.show();
    // The window icon is an SVG, which loads Qt's SVG libraries; the first paint does not wait for them.
    bench.finishAtFirstPaint(window,
                             [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/localrig.svg"))); });
    if (!source.recoveryMessage().isEmpty() && !benchmark) {
        QMessageBox::warning(&window, QObject::tr("LocalRig"), source.recoveryMessage());
    }
    return QApplication::exec();
}
