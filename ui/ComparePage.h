// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "PlanCalculator.h"
#include "charts/CompareCharts.h"

#include <QStringList>
#include <QWidget>

class QPushButton;

#include <array>

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace localrig::ui {

class TierCardsRow;

// 2–4 machines of the current plan side by side: memory fit, decode speed, cost over time and price against
// speed, plus the guide's four tiers. Follows the Plan page through PlanCalculator::resultChanged.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    ComparePage(const CatalogData& catalog, PlanCalculator* calculator, QWidget* parent = nullptr);

    QStringList selectedMachineIds() const;
    QStringList selectedModelIds() const;
    QChartView* chartView(CompareCharts::Kind kind) const { return m_views[kind]; }
    TierCardsRow* tierCardsRow() const { return m_tiers; }

public slots:
    // Adds a machine to the comparison (e.g. from the Plan page's "Compare" action); the oldest choice
    // makes room when four are already shown.
    void compareWith(const QString& platformId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResult();
    void fillMachines(QStringList keep); // by value: it may be m_order itself
    void fillModels(const QStringList& keep);
    void onMachineToggled(QListWidgetItem* item);
    void rebuildCharts();

    const CatalogData& m_catalog;
    PlanCalculator* m_calculator = nullptr;
    QListWidget* m_machines = nullptr;
    QListWidget* m_models = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_tabs = nullptr;
    TierCardsRow* m_tiers = nullptr;
    std::array<QChartView*, CompareCharts::KindCount> m_views{};
    QStringList m_order; // checked machine ids, oldest first
    bool m_pinned = false; // the person chose machines; until then the page follows the plan's top ones
    QPushButton* m_followPlan = nullptr;
};

} // namespace localrig::ui
