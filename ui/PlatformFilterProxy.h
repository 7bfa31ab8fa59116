// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogFilterProxy.h"

#include <optional>

namespace localrig::ui {

// Filters a PlatformCatalogModel by search text (name, id, vendor), vendor, form factor and the
// minimum memory a model can use (VRAM on a discrete GPU); sorts on PlatformCatalogModel::SortRole.
class PlatformFilterProxy final : public CatalogFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformFilterProxy)

public:
    explicit PlatformFilterProxy(QObject* parent = nullptr);

    void setVendor(const QString& vendor); // empty: every vendor
    void setFormFactor(const QString& formFactor); // catalog key ("laptop"); empty: every form factor
    void setMinimumMemoryGiB(std::optional<double> gib);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_vendor;
    QString m_formFactor;
    std::optional<double> m_minimumGiB;
};

} // namespace localrig::ui
