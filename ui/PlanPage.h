// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "PlanCalculator.h"

#include <QList>
#include <QWidget>

#include <utility>

class QLabel;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;

namespace localrig::ui {

class PlanInputsPanel;
class RankedMachinesModel;
class TierCard;

// Workloads and constraints in, the recommended tier and ranked machines out, on every change.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(const CatalogData& catalog, QWidget* parent = nullptr);

    PlanCalculator* calculator() const { return m_calculator; }
    PlanInputsPanel* inputsPanel() const { return m_inputs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setFirstSplit();
    void showResult();
    // The machine column takes what the other columns leave, but never less than a readable name.
    void fitMachineColumn();
    // The widths the cells ask for (Machine: its longest name), measured once per result, not per resize.
    QList<std::pair<int, int>> measureContentWidths() const;

    PlanCalculator* m_calculator = nullptr;
    PlanInputsPanel* m_inputs = nullptr;
    TierCard* m_tierCard = nullptr;
    QLabel* m_changesLabel = nullptr;
    QLabel* m_lintsLabel = nullptr;
    RankedMachinesModel* m_machinesModel = nullptr;
    QSortFilterProxyModel* m_machinesProxy = nullptr;
    QTableView* m_machinesView = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitSet = false; // the first show sizes the splitter; after that it is the person's
    bool m_fitting = false; // fitMachineColumn is sizing the columns (rows follow once, at its end)
    bool m_fitPending = false; // a result came while the table was hidden: fitted when it shows
    QList<int> m_rowWidths; // the column widths the rows were last sized for
    QList<std::pair<int, int>> m_contentWidths; // (column, width) from measureContentWidths; empty: measure again
};

} // namespace localrig::ui
