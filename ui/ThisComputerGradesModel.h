// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "core/MachineGrades.h"

#include <QAbstractTableModel>

#include <vector>

namespace localrig::ui {

// One row per workload: this computer's grade as the Plan page gives it, why, how fast the workload's model
// runs there, and the cheapest catalog machine that would make a Slow or Too large workload Good or Great.
class ThisComputerGradesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThisComputerGradesModel)

public:
    enum Column { Workload, Grade, Why, Speed, Upgrade, UpgradeGrade, UpgradePrice, ColumnCount };

    explicit ThisComputerGradesModel(QObject* parent = nullptr);

    // `catalog` names the workloads and says which prices are the guide's own; it is read here, not kept.
    void setGrades(std::vector<core::WorkloadGrade> grades, const CatalogData& catalog);
    const core::WorkloadGrade* gradeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::WorkloadGrade grade;
        QString workloadName;
        bool upgradeGuideOnly = false; // the upgrade's only price is the guide's estimate
    };

    QString display(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace localrig::ui
