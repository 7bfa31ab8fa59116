// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogFileDialogs.h"

#include "CatalogSource.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace localrig::ui {

namespace {

// These texts were the main window's; their translations stay under its context.
QString tr(const char* text)
{
    return QCoreApplication::translate("localrig::ui::MainWindow", text);
}

} // namespace

void CatalogFileDialogs::importCatalog(CatalogSource& source, QWidget* parent, QStatusBar* status)
{
    const QString path
        = QFileDialog::getOpenFileName(parent, tr("Import Catalog"), QString(), tr("Catalog files (*.json *.csv)"));
    if (path.isEmpty()) {
        return;
    }
    auto summary = source.importFile(path);
    if (!summary) {
        QMessageBox::warning(parent, tr("Import Catalog"),
                             tr("Nothing was imported.\n\n%1").arg(Wording::error(summary.error())));
        return;
    }
    status->showMessage(tr("Imported %1 machines, %2 models and %3 prices.")
                            .arg(summary.value().platforms)
                            .arg(summary.value().models)
                            .arg(summary.value().prices),
                        8000);
}

void CatalogFileDialogs::exportCatalog(CatalogSource& source, QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Catalog"), QStringLiteral("localrig.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto summary = source.exportFile(path); !summary) {
        QMessageBox::warning(parent, tr("Export Catalog"), Wording::error(summary.error()));
    }
}

} // namespace localrig::ui
