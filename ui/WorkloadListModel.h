// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"

#include <QAbstractListModel>
#include <QSet>

namespace localrig::ui {

// The catalog's use cases as checkable items: name, with the one-line description as a tooltip.
class WorkloadListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadListModel)

public:
    enum Role { SlugRole = Qt::UserRole + 1, DescriptionRole };

    explicit WorkloadListModel(QObject* parent = nullptr);

    void setWorkloads(const std::vector<WorkloadInfo>& workloads);
    QStringList checkedSlugs() const;
    void setCheckedSlugs(const QStringList& slugs);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void checkedChanged();

private:
    std::vector<WorkloadInfo> m_workloads;
    QSet<QString> m_checked;
};

} // namespace localrig::ui
