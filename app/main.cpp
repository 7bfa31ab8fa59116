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
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

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
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    const qint64 applicationNs = startup.nsecsElapsed();
    prepare(app, language);
    QApplication::setApplicationDisplayName(QStringLiteral("LocalRig"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.localrig.LocalRig"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/localrig.svg")));

    if (QCoreApplication::arguments().contains(QStringLiteral("--benchmark-startup"))) {
        localrig::ui::CatalogSource benchSource;
        QSettings benchSettings;
        return localrig::app::runStartupBenchmark(applicationNs, [&]() -> std::unique_ptr<QWidget> {
            if (!benchSource.open(localrig::db::shippedCatalogPath(), localrig::db::userDatabasePath())) {
                return std::make_unique<QWidget>();
            }
            return std::make_unique<localrig::ui::MainWindow>(benchSource, benchSettings);
        });
    }

    localrig::ui::CatalogSource source;
    if (auto opened = source.open(localrig::db::shippedCatalogPath(), localrig::db::userDatabasePath()); !opened) {
        QMessageBox::critical(nullptr, QObject::tr("LocalRig"),
                              QObject::tr("The bundled catalog cannot be read, so LocalRig cannot start.\n\n%1")
                                  .arg(localrig::ui::Wording::error(opened.error())));
        return 1;
    }
    QSettings settings;
    localrig::ui::MainWindow window(source, settings);
    window.show();
    if (!source.recoveryMessage().isEmpty()) {
        QMessageBox::warning(&window, QObject::tr("LocalRig"), source.recoveryMessage());
    }
    return QApplication::exec();
}
