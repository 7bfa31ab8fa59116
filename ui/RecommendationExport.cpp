// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecommendationExport.h"

#include "PlanCalculator.h"
#include "Wording.h"
#include "report/PdfReportWriter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace localrig::ui {

namespace {

// Gives this file's texts the context lupdate files them under ("RecommendationExport").
struct RecommendationExport
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationExport)
};

} // namespace

void exportRecommendationPdf(QWidget* parent, const PlanCalculator& calculator)
{
    if (!calculator.result().recommendation) {
        QMessageBox::information(parent, RecommendationExport::tr("Export Recommendation"),
                                 RecommendationExport::tr("Tick at least one workload on the Plan page first."));
        return;
    }
    const QString suggested = QDir::home().filePath(RecommendationExport::tr("LocalRig recommendation.pdf"));
    const QString path = QFileDialog::getSaveFileName(parent, RecommendationExport::tr("Export Recommendation as PDF"),
                                                      suggested, RecommendationExport::tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QProgressDialog progress(RecommendationExport::tr("Writing the recommendation…"),
                             RecommendationExport::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = writePdfReport(path, calculator.result(), calculator.inputs(), calculator.catalog(),
                                  [&progress](int percent) {
                                      progress.setValue(percent);
                                      QCoreApplication::processEvents();
                                      return !progress.wasCanceled();
                                  });
    progress.setValue(100);
    if (!written) {
        if (!progress.wasCanceled()) {
            QMessageBox::warning(parent, RecommendationExport::tr("Export Recommendation"),
                                 Wording::error(written.error()));
        }
        return;
    }
}

} // namespace localrig::ui
