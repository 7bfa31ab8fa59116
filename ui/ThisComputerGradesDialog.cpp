// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThisComputerGradesDialog.h"

#include "PlatformCatalogModel.h"
#include "ThisComputerGradesModel.h"
#include "Wording.h"
#include "core/MachineGrades.h"
#include "core/SpeedCalibration.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace localrig::ui {

namespace {

// Where the figure the grades rest on comes from: measured here (and when), or typed / from the catalog.
QString bandwidthLine(const core::Platform& machine, const std::optional<QDate>& measuredOn)
{
    const bool discrete = machine.memoryKind == core::MemoryKind::Discrete;
    const double measured = discrete ? machine.systemBandwidthGBs : machine.bandwidthGBs;
    if (measuredOn && measured > 0.0) {
        const QString when = QLocale().toString(*measuredOn, QLocale::ShortFormat);
        return discrete ? ThisComputerGradesDialog::tr("VRAM %1; system RAM %2, measured on this computer, %3")
                              .arg(PlatformCatalogModel::bandwidthText(machine.bandwidthGBs),
                                   PlatformCatalogModel::bandwidthText(measured), when)
                        : ThisComputerGradesDialog::tr("Memory bandwidth %1, measured on this computer, %2")
                              .arg(PlatformCatalogModel::bandwidthText(measured), when);
    }
    return ThisComputerGradesDialog::tr("Memory bandwidth %1, as entered (not measured)")
        .arg(PlatformCatalogModel::bandwidthText(machine.bandwidthGBs));
}

} // namespace

ThisComputerGradesDialog::ThisComputerGradesDialog(const core::Platform& machine, const CatalogData& catalog,
                                                   std::optional<QDate> measuredOn, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("thisComputerGradesDialog"));
    setWindowTitle(tr("What Runs on This Computer"));
    m_machine = new QLabel(this);
    m_machine->setObjectName(QStringLiteral("gradesMachineLabel"));
    m_machine->setWordWrap(true);
    m_machine->setText(tr("<b>%1</b><br>%2")
                           .arg(QString::fromStdString(machine.name).toHtmlEscaped(),
                                bandwidthLine(machine, measuredOn).toHtmlEscaped()));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("gradesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_model = new ThisComputerGradesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("gradesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_machine);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    core::WorkloadRequest request; // the Plan page's default inputs (PlanInputs)
    request.constraints.hostBuilds = catalog.view().hostBuilds;
    const auto grades = core::gradeMachine(catalog.view(), machine, request, core::SpeedCalibration::fitted());
    if (!grades) {
        m_summary->setText(tr("The workloads could not be graded: %1").arg(Wording::error(grades.error())));
    } else {
        const auto good = std::count_if(grades.value().begin(), grades.value().end(),
                                        [](const core::WorkloadGrade& g) { return core::isQualifying(g.verdict); });
        m_summary->setText(tr("Grades as on the Plan page with its default inputs (headroom %1 %, F16 KV cache), one "
                              "workload at a time. Good or Great here: %2 of %3 workloads. The smallest upgrade is "
                              "the cheapest complete system in the catalog that makes the workload Good or Great.")
                               .arg(QLocale().toString(request.headroom * 100.0, 'f', 0))
                               .arg(good)
                               .arg(grades.value().size()));
        m_model->setGrades(grades.value(), catalog);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every row at once where the screen allows: 13 workloads are a short list.
    const int rows = m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length()
        + 2 * m_table->frameWidth();
    // The labels wrap, so their size hints are for a narrow width: two and three lines are what they take.
    const int around = 5 * fontMetrics().lineSpacing() + buttons->sizeHint().height() + 4 * layout->spacing()
        + 2 * layout->contentsMargins().top();
    resize(std::min(1340, m_table->horizontalHeader()->length() + 60), std::min(860, rows + around));
}

} // namespace localrig::ui
