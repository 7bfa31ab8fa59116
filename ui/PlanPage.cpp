// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPage.h"

#include "PlanInputsPanel.h"
#include "RankedMachinesModel.h"
#include "TierCard.h"
#include "TierCardBuilder.h"
#include "Wording.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace localrig::ui {

namespace {

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString htmlList(const QString& heading, const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">").arg(heading.toHtmlEscaped());
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

PlanPage::PlanPage(const CatalogData& catalog, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planPage"));
    m_calculator = new PlanCalculator(catalog, this);
    m_inputs = new PlanInputsPanel(catalog, this);
    auto* inputsScroll = new QScrollArea(this);
    inputsScroll->setWidget(m_inputs);
    inputsScroll->setWidgetResizable(true);
    inputsScroll->setFrameShape(QFrame::NoFrame);
    inputsScroll->setMinimumWidth(330);
    inputsScroll->setMaximumWidth(480);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    m_tierCard = new TierCard(results);
    m_changesLabel = noteLabel(QStringLiteral("changesLabel"), results);
    m_lintsLabel = noteLabel(QStringLiteral("lintsLabel"), results);
    m_machinesModel = new RankedMachinesModel(this);
    m_machinesModel->setGuideOnlyPrices(catalog.guideOnlyPrices);
    m_machinesProxy = new QSortFilterProxyModel(this);
    m_machinesProxy->setSourceModel(m_machinesModel);
    m_machinesProxy->setSortRole(RankedMachinesModel::SortRole);
    m_machinesView = new QTableView(results);
    m_machinesView->setObjectName(QStringLiteral("machinesTableView"));
    m_machinesView->setModel(m_machinesProxy);
    m_machinesView->setSortingEnabled(true);
    m_machinesView->sortByColumn(RankedMachinesModel::Rank, Qt::AscendingOrder);
    m_machinesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_machinesView->verticalHeader()->hide();
    // Machine names and reasons wrap to two lines instead of losing their middle; every other column fits
    // its contents, and the table scrolls sideways before it squeezes a number.
    QHeaderView* header = m_machinesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RankedMachinesModel::Machine, QHeaderView::Interactive);
    m_machinesView->viewport()->installEventFilter(this);
    header->setMinimumSectionSize(m_machinesView->fontMetrics().averageCharWidth() * 6);
    m_machinesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_machinesView->setTextElideMode(Qt::ElideRight);
    m_machinesView->setWordWrap(true);

    auto* resultsTop = new QWidget(results);
    auto* topLayout = new QVBoxLayout(resultsTop);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tierCard);
    topLayout->addWidget(m_changesLabel);
    topLayout->addWidget(m_lintsLabel);
    auto* topScroll = new QScrollArea(results);
    topScroll->setWidget(resultsTop);
    topScroll->setWidgetResizable(true);
    topScroll->setFrameShape(QFrame::NoFrame);
    auto* resultsSplitter = new QSplitter(Qt::Vertical, results);
    resultsSplitter->addWidget(topScroll);
    resultsSplitter->addWidget(m_machinesView);
    resultsSplitter->setStretchFactor(0, 3);
    resultsSplitter->setStretchFactor(1, 2);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(resultsSplitter);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(inputsScroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_inputs, &PlanInputsPanel::inputsChanged, this, [this] { m_calculator->setInputs(m_inputs->inputs()); });
    connect(m_calculator, &PlanCalculator::resultChanged, this, &PlanPage::showResult);
    m_calculator->setInputs(m_inputs->inputs());
}

bool PlanPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_machinesView->viewport() && event->type() == QEvent::Resize) {
        fitMachineColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void PlanPage::fitMachineColumn()
{
    constexpr int kReadableNameChars = 28;
    QHeaderView* header = m_machinesView->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        others += column == RankedMachinesModel::Machine ? 0 : header->sectionSize(column);
    }
    const int readable = m_machinesView->fontMetrics().averageCharWidth() * kReadableNameChars;
    header->resizeSection(RankedMachinesModel::Machine,
                          std::max(readable, m_machinesView->viewport()->width() - others));
}

void PlanPage::showResult()
{
    const PlanResult& result = m_calculator->result();
    m_tierCard->setContent(TierCardBuilder::recommended(result, m_calculator->catalog()));
    if (result.recommendation) {
        m_machinesModel->setRecommendation(*result.recommendation, result.plan, m_calculator->catalog().measurements);
        fitMachineColumn();
    } else {
        m_machinesModel->clear();
    }
    QStringList changes;
    for (const core::VerdictChange& change : result.changes) {
        changes.append(Wording::change(change));
    }
    m_changesLabel->setText(htmlList(tr("What would change the verdict"), changes));
    QStringList lints;
    for (const core::Lint& lint : result.lints) {
        lints.append(Wording::lint(lint));
    }
    m_lintsLabel->setText(htmlList(tr("From the guide"), lints));
}

} // namespace localrig::ui
