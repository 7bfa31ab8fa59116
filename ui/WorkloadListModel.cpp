// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkloadListModel.h"

#include "CatalogText.h"

namespace localrig::ui {

WorkloadListModel::WorkloadListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void WorkloadListModel::setWorkloads(const std::vector<WorkloadInfo>& workloads)
{
    beginResetModel();
    m_workloads = workloads;
    m_checked.clear();
    endResetModel();
}

QStringList WorkloadListModel::checkedSlugs() const
{
    QStringList slugs;
    for (const WorkloadInfo& workload : m_workloads) { // catalog order, not click order
        if (m_checked.contains(workload.slug)) {
            slugs.append(workload.slug);
        }
    }
    return slugs;
}

void WorkloadListModel::setCheckedSlugs(const QStringList& slugs)
{
    m_checked = QSet<QString>(slugs.begin(), slugs.end());
    if (!m_workloads.empty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    }
    emit checkedChanged();
}

int WorkloadListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workloads.size());
}

QVariant WorkloadListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const WorkloadInfo& workload = m_workloads[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return CatalogText::useCaseName(workload.slug, workload.name);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return CatalogText::useCaseDescription(workload.slug, workload.description);
    case Qt::CheckStateRole:
        return m_checked.contains(workload.slug) ? Qt::Checked : Qt::Unchecked;
    case SlugRole:
        return workload.slug;
    default:
        return {};
    }
}

bool WorkloadListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole) {
        return false;
    }
    const QString& slug = m_workloads[static_cast<std::size_t>(index.row())].slug;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_checked.insert(slug);
    } else {
        m_checked.remove(slug);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags WorkloadListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace localrig::ui
