// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparePage.h"

#include "TierCardsRow.h"
#include "Wording.h"
#include "charts/ChartHover.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace localrig::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QListWidget* checkList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setUniformItemSizes(true);
    return list;
}

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            ids.append(list->item(row)->data(kIdRole).toString());
        }
    }
    return ids;
}

std::vector<std::string> toStd(const QStringList& ids)
{
    std::vector<std::string> result;
    for (const QString& id : ids) {
        result.push_back(id.toStdString());
    }
    return result;
}

} // namespace

ComparePage::ComparePage(const CatalogData& catalog, PlanCalculator* calculator, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_calculator(calculator)
{
    setObjectName(QStringLiteral("comparePage"));
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* machinesLabel = new QLabel(tr("&Machines to compare (2–4)"), side);
    m_machines = checkList(QStringLiteral("machinesListWidget"), side);
    machinesLabel->setBuddy(m_machines);
    m_hint = new QLabel(side);
    m_hint->setObjectName(QStringLiteral("compareHintLabel"));
    m_hint->setWordWrap(true);
    auto* modelsLabel = new QLabel(tr("M&odels of your plan"), side);
    m_models = checkList(QStringLiteral("modelsListWidget"), side);
    modelsLabel->setBuddy(m_models);
    m_models->setMaximumHeight(120);
    sideLayout->addWidget(machinesLabel);
    sideLayout->addWidget(m_machines, 1);
    sideLayout->addWidget(m_hint);
    m_followPlan = new QPushButton(tr("Show the plan's &top machines"), side);
    m_followPlan->setObjectName(QStringLiteral("followPlanButton"));
    m_followPlan->setEnabled(false);
    sideLayout->addWidget(m_followPlan);
    sideLayout->addWidget(modelsLabel);
    sideLayout->addWidget(m_models);
    side->setMinimumWidth(190);
    side->setMaximumWidth(300);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabWidget"));
    auto* grid = new QWidget(m_tabs);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(4, 4, 4, 4);
    gridLayout->setSpacing(6);
    for (int kind = 0; kind < CompareCharts::KindCount; ++kind) {
        auto* view = new QChartView(grid);
        view->setObjectName(QStringLiteral("chartView%1").arg(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 260);
        gridLayout->addWidget(view, kind / 2, kind % 2);
        m_views[static_cast<std::size_t>(kind)] = view;
    }
    m_tabs->addTab(grid, tr("&Charts"));
    m_tiers = new TierCardsRow(catalog, m_tabs);
    auto* tierScroll = new QScrollArea(m_tabs);
    tierScroll->setWidget(m_tiers);
    tierScroll->setWidgetResizable(true);
    tierScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(tierScroll, tr("&Tiers"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_machines, &QListWidget::itemChanged, this, &ComparePage::onMachineToggled);
    connect(m_models, &QListWidget::itemChanged, this, &ComparePage::rebuildCharts);
    connect(m_followPlan, &QPushButton::clicked, this, [this] {
        m_pinned = false;
        m_order.clear();
        showResult();
    });
    connect(m_calculator, &PlanCalculator::resultChanged, this, &ComparePage::showResult);
    showResult();
}

QStringList ComparePage::selectedMachineIds() const
{
    return m_order;
}

QStringList ComparePage::selectedModelIds() const
{
    return checkedIds(m_models);
}

void ComparePage::compareWith(const QString& platformId)
{
    for (int row = 0; row < m_machines->count(); ++row) {
        QListWidgetItem* item = m_machines->item(row);
        if (item->data(kIdRole).toString() != platformId || item->checkState() == Qt::Checked) {
            continue;
        }
        if (m_order.size() >= CompareCharts::kMaxMachines) {
            const QString oldest = m_order.takeFirst();
            const QSignalBlocker blocker(m_machines);
            for (int r = 0; r < m_machines->count(); ++r) {
                if (m_machines->item(r)->data(kIdRole).toString() == oldest) {
                    m_machines->item(r)->setCheckState(Qt::Unchecked);
                }
            }
        }
        item->setCheckState(Qt::Checked); // onMachineToggled appends it and redraws
    }
}

void ComparePage::showResult()
{
    const PlanResult& result = m_calculator->result();
    // Compare follows the plan: its top machines, unless the person pinned their own.
    if (!m_pinned) {
        m_order.clear();
    }
    m_followPlan->setEnabled(m_pinned);
    fillMachines(m_order);
    if (m_order.isEmpty() && result.recommendation) {
        QStringList defaults;
        for (const std::string& id : CompareCharts::defaultMachines(*result.recommendation)) {
            defaults.append(text(id));
        }
        fillMachines(defaults);
    }
    fillModels(checkedIds(m_models));
    m_tiers->setResult(result);
    rebuildCharts();
}

void ComparePage::fillMachines(QStringList keep)
{
    const QSignalBlocker blocker(m_machines);
    m_machines->clear();
    m_order.clear();
    const PlanResult& result = m_calculator->result();
    if (!result.recommendation) {
        return;
    }
    for (const core::PlatformAssessment& a : result.recommendation->ranked) {
        const QString id = text(a.platform.id);
        QString label = text(a.platform.displayShortName());
        QString full = text(a.platform.name);
        if (a.system.usd) {
            label = tr("%1 — %2").arg(label, Wording::money(*a.system.usd));
            full = tr("%1 — %2").arg(full, Wording::money(*a.system.usd));
        }
        auto* item = new QListWidgetItem(label, m_machines);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(a.excluded ? tr("%1\nFiltered out by your budget, vendor or portability choice").arg(full)
                                    : full);
    }
    // Keep the person's order of choice for the ids that are still in the plan.
    for (const QString& id : keep) {
        if (checkedIds(m_machines).contains(id) && m_order.size() < CompareCharts::kMaxMachines) {
            m_order.append(id);
        }
    }
}

void ComparePage::fillModels(const QStringList& keep)
{
    const QSignalBlocker blocker(m_models);
    m_models->clear();
    const PlanResult& result = m_calculator->result();
    bool anyKept = false;
    for (const core::ModelNeed& need : result.plan.needs) {
        anyKept = anyKept || keep.contains(text(need.model.id));
    }
    // One row a model: a model that serves several workloads is listed once, with the workloads it serves.
    std::vector<std::pair<const core::ModelNeed*, QStringList>> models;
    for (const core::ModelNeed& need : result.plan.needs) {
        const auto same = std::find_if(models.begin(), models.end(),
                                       [&need](const auto& entry) { return entry.first->model.id == need.model.id; });
        const QString workload = m_catalog.workloadName(need.workload);
        if (same != models.end()) {
            same->second.append(workload);
        } else {
            models.emplace_back(&need, QStringList{workload});
        }
    }
    for (const auto& [need, workloads] : models) {
        const QString id = text(need->model.id);
        auto* item = new QListWidgetItem(tr("%1 at %2").arg(text(need->model.name), text(need->quant.name)), m_models);
        item->setToolTip(tr("For: %1").arg(QLocale().createSeparatedList(workloads)));
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(!anyKept || keep.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ComparePage::onMachineToggled(QListWidgetItem* item)
{
    const QString id = item->data(kIdRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (m_order.size() >= CompareCharts::kMaxMachines) {
            const QSignalBlocker blocker(m_machines);
            item->setCheckState(Qt::Unchecked);
            m_hint->setText(tr("At most %1 machines side by side; untick one first.").arg(CompareCharts::kMaxMachines));
            return;
        }
        m_order.append(id);
    } else {
        m_order.removeAll(id);
    }
    m_pinned = true;
    m_followPlan->setEnabled(true);
    rebuildCharts();
}

void ComparePage::rebuildCharts()
{
    const PlanResult& result = m_calculator->result();
    if (!result.recommendation) {
        m_hint->setText(result.error ? Wording::error(*result.error)
                                     : tr("Tick one or more workloads on the Plan page."));
    } else if (m_order.size() < CompareCharts::kMinMachines) {
        m_hint->setText(tr("Tick at least %1 machines to compare them.").arg(CompareCharts::kMinMachines));
    } else {
        m_hint->clear();
    }
    const ComparisonSelection selection{toStd(m_order), toStd(selectedModelIds())};
    auto charts = CompareCharts::build(result, m_calculator->inputs(), selection, ChartStyle::fromPalette(palette()));
    if (!charts) {
        m_hint->setText(Wording::error(charts.error()));
        return;
    }
    for (std::size_t kind = 0; kind < m_views.size(); ++kind) {
        std::unique_ptr<QChart>& chart = charts.value()[kind];
        ChartHover::install(*chart);
        QChart* old = m_views[kind]->chart();
        m_views[kind]->setChart(chart.release());
        delete old;
    }
}

void ComparePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuildCharts();
    }
}

} // namespace localrig::ui
