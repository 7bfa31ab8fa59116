// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPage.h"

#include "NoteText.h"
#include "PlanInputsPanel.h"
#include "RankedMachinesModel.h"
#include "TierCard.h"
#include "TierCardBuilder.h"
#include "Wording.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace localrig::ui {

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
    inputsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    inputsScroll->setMinimumWidth(m_inputs->minimumSizeHint().width());

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    m_tierCard = new TierCard(results);
    m_changesLabel = NoteText::label(results, QStringLiteral("changesLabel"));
    m_lintsLabel = NoteText::label(results, QStringLiteral("lintsLabel"));
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
    // Machine names (short ones, the full name in the tooltip) and the reasons wrap instead of losing their
    // middle; every number column fits its contents, the reasons take what is left, and the table scrolls
    // sideways before it squeezes a number.
    // fitMachineColumn sizes the columns, then the rows, once per result or resize. (ResizeToContents sized
    // every row and column again at each change of any one section: most of the window's start-up time.)
    QHeaderView* header = m_machinesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting) {
            m_rowWidths.clear();
            m_machinesView->resizeRowsToContents(); // a person widened a column: its rows re-wrap
        }
    });
    connect(m_machinesProxy, &QAbstractItemModel::layoutChanged, m_machinesView, &QTableView::resizeRowsToContents);
    m_machinesView->viewport()->installEventFilter(this);
    header->setMinimumSectionSize(m_machinesView->fontMetrics().averageCharWidth() * 6);
    m_machinesView->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("planSplitter"));
    m_splitter->addWidget(inputsScroll);
    m_splitter->addWidget(results);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_inputs, &PlanInputsPanel::inputsChanged, this, [this] { m_calculator->setInputs(m_inputs->inputs()); });
    connect(m_calculator, &PlanCalculator::resultChanged, this, &PlanPage::showResult);
    m_calculator->setInputs(m_inputs->inputs());
}

void PlanPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The first show delivers this before the page's children are shown and laid out, so they are laid out
    // once, at their final widths (splitting in showEvent laid out every wrapped label and the table twice).
    setFirstSplit();
}

void PlanPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setFirstSplit();
}

void PlanPage::setFirstSplit()
{
    if (m_splitSet || m_splitter->width() <= 0) {
        return;
    }
    // The inputs take about a quarter of the page, never less than they need; the answer and its table the rest.
    m_splitSet = true;
    const int total = m_splitter->width();
    const int needed = m_inputs->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_splitter->widget(0)->setMinimumWidth(needed);
    const int inputs = std::max(needed, total / 4);
    m_splitter->setSizes({inputs, std::max(0, total - inputs)});
}

bool PlanPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_machinesView->viewport()
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        m_contentWidths.clear(); // the cells are measured again in the new font
    }
    if (watched == m_machinesView->viewport()
        && (event->type() == QEvent::Resize || (event->type() == QEvent::Show && m_fitPending))) {
        fitMachineColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void PlanPage::fitMachineColumn()
{
    if (!m_machinesView->isVisible()) {
        m_fitPending = true; // sized when shown: the widths depend on the viewport's
        return;
    }
    m_fitPending = false;
    // Wide enough for a catalog short name on one line; a longer name (a user's own machine) wraps.
    constexpr int kReadableNameChars = 34;
    const int readable = m_machinesView->fontMetrics().averageCharWidth() * kReadableNameChars;
    QHeaderView* header = m_machinesView->horizontalHeader();
    const QScopedValueRollback fitting(m_fitting, true);
    if (m_contentWidths.isEmpty()) {
        m_contentWidths = measureContentWidths();
    }
    for (const auto& [column, width] : m_contentWidths) {
        header->resizeSection(column, column == RankedMachinesModel::Machine ? std::min(readable, width) : width);
    }
    // "month 19" and "55 → 39" on one line; the rare "not within 10 years" or "181 measured (Vulkan)" wraps
    // rather than widening every row.
    const auto fitTo = [this, header](int column, int characters) {
        // The header's own hint measures its two lines as one; its longest line is what must fit.
        const QFontMetrics headerMetrics(header->font());
        int title = 0;
        const QStringList lines = m_machinesProxy->headerData(column, Qt::Horizontal).toString().split(u'\n');
        for (const QString& line : lines) {
            title = std::max(title, headerMetrics.horizontalAdvance(line) + 4 * headerMetrics.averageCharWidth());
        }
        header->resizeSection(column, std::max(title, m_machinesView->fontMetrics().averageCharWidth() * characters));
    };
    fitTo(RankedMachinesModel::BreakEven, 12);
    fitTo(RankedMachinesModel::Decode, 14);
    fitTo(RankedMachinesModel::Price, 11);
    // The reasons take the width left over, but never so little that a row grows many lines tall.
    constexpr int kReasonChars = 24;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        others += column == RankedMachinesModel::Why ? 0 : header->sectionSize(column);
    }
    const int reasonMinimum = m_machinesView->fontMetrics().averageCharWidth() * kReasonChars;
    header->resizeSection(RankedMachinesModel::Why,
                          std::max(reasonMinimum, m_machinesView->viewport()->width() - others));
    // Rows wrap to the column widths: sized again only when a width or the result changed.
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column) {
        widths.append(header->sectionSize(column));
    }
    if (widths != m_rowWidths) {
        m_rowWidths = widths;
        m_machinesView->resizeRowsToContents();
    }
}

QList<std::pair<int, int>> PlanPage::measureContentWidths() const
{
    QList<std::pair<int, int>> widths;
    // What resizeColumnToContents would set: the widest cell or the header, whichever is wider.
    QHeaderView* header = m_machinesView->horizontalHeader();
    const QAbstractItemView* view = m_machinesView; // QTableView hides the public sizeHintForColumn
    for (int column : {RankedMachinesModel::Rank, RankedMachinesModel::Memory, RankedMachinesModel::Verdict,
                       RankedMachinesModel::FirstToken}) {
        widths.append({column, std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column))});
    }
    QFont bold = m_machinesView->font(); // the recommended row is bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int content = header->sectionSizeHint(RankedMachinesModel::Machine);
    for (int row = 0; row < m_machinesProxy->rowCount(); ++row) {
        const QString name = m_machinesProxy->index(row, RankedMachinesModel::Machine).data().toString();
        content = std::max(content, metrics.horizontalAdvance(name) + 2 * metrics.averageCharWidth());
    }
    widths.append({RankedMachinesModel::Machine, content});
    return widths;
}

void PlanPage::showResult()
{
    const PlanResult& result = m_calculator->result();
    m_contentWidths.clear(); // new rows, or none
    m_tierCard->setContent(TierCardBuilder::recommended(result, m_calculator->catalog()));
    if (result.recommendation) {
        m_machinesModel->setRecommendation(*result.recommendation, result.plan, m_calculator->catalog().measurements);
        m_machinesModel->setDisagreements(result.disagreements);
        m_rowWidths.clear(); // new rows
        fitMachineColumn();
    } else {
        m_machinesModel->clear();
    }
    QStringList changes;
    for (const core::VerdictChange& change : result.changes) {
        changes.append(Wording::change(change));
    }
    m_changesLabel->setText(NoteText::bulletList(tr("If you change the plan"), changes));
    QStringList lints;
    for (const core::Lint& lint : result.lints) {
        lints.append(Wording::lint(lint));
    }
    m_lintsLabel->setText(NoteText::bulletList(tr("From the guide"), lints));
}

} // namespace localrig::ui
