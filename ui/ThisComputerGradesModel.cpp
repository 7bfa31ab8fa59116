// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThisComputerGradesModel.h"

#include "BuyerWording.h"
#include "ThisComputerText.h"
#include "Wording.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <utility>

namespace localrig::ui {

ThisComputerGradesModel::ThisComputerGradesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ThisComputerGradesModel::setGrades(std::vector<core::WorkloadGrade> grades, const CatalogData& catalog)
{
    beginResetModel();
    m_rows.clear();
    for (core::WorkloadGrade& grade : grades) {
        Row row;
        row.workloadName = catalog.workloadName(grade.workload);
        row.upgradeGuideOnly = grade.upgrade && catalog.guideOnlyPrices.count(grade.upgrade->platform.id) > 0;
        row.grade = std::move(grade);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const core::WorkloadGrade* ThisComputerGradesModel::gradeAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].grade : nullptr;
}

int ThisComputerGradesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ThisComputerGradesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ThisComputerGradesModel::display(const Row& row, int column) const
{
    const core::WorkloadGrade& g = row.grade;
    const core::ModelOnPlatform* model = g.assessment.models.empty() ? nullptr : &g.assessment.models.front();
    const bool qualifies = core::isQualifying(g.verdict);
    switch (column) {
    case Workload:
        return row.workloadName;
    case Grade:
        return BuyerWording::verdict(g.verdict);
    case Why:
        return ThisComputerText::gradeReason(g);
    case Speed:
        return model && model->fit.verdict != core::FitVerdict::WontFit ? BuyerWording::speedRange(*model) : tr("—");
    case Upgrade:
        if (qualifies) {
            return tr("none needed");
        }
        return g.upgrade ? QString::fromStdString(g.upgrade->platform.displayShortName())
                         : tr("no priced machine in the catalog does it");
    case UpgradeGrade:
        return g.upgrade && !qualifies ? BuyerWording::verdict(g.upgrade->verdict) : QString();
    case UpgradePrice:
        return g.upgrade && !qualifies ? BuyerWording::systemPrice(*g.upgrade, row.upgradeGuideOnly) : QString();
    default:
        return {};
    }
}

QString ThisComputerGradesModel::toolTip(const Row& row, int column) const
{
    const core::WorkloadGrade& g = row.grade;
    switch (column) {
    case Why:
        return tr("Needs %1 resident.").arg(Wording::gigabytes(g.footprintBytes));
    case Upgrade:
    case UpgradeGrade:
    case UpgradePrice:
        if (g.upgrade) {
            return tr("%1: %2 for %3 (%4).")
                .arg(QString::fromStdString(g.upgrade->platform.name), BuyerWording::verdict(g.upgrade->verdict),
                     row.workloadName, BuyerWording::rowReason(*g.upgrade));
        }
        return {};
    default:
        return {};
    }
}

QVariant ThisComputerGradesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (index.column() == Grade || index.column() == Why) {
            const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
            return BuyerWording::verdictColor(row.grade.verdict, dark);
        }
        if (index.column() == UpgradeGrade && row.grade.upgrade) {
            const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
            return BuyerWording::verdictColor(row.grade.upgrade->verdict, dark);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Grade) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ThisComputerGradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Workload:
        return tr("Workload");
    case Grade:
        return tr("Grade here");
    case Why:
        return tr("Why");
    case Speed:
        return tr("Speed here");
    case Upgrade:
        return tr("Smallest upgrade");
    case UpgradeGrade:
        return tr("Grade there");
    case UpgradePrice:
        return tr("Upgrade price");
    default:
        return {};
    }
}

} // namespace localrig::ui
