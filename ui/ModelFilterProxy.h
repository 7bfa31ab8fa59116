// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogFilterProxy.h"
#include "core/Scenario.h"

#include <optional>

namespace localrig::ui {

// Filters a ModelCatalogModel by search text (name, id, family, developer), family, and "fits
// comfortably in N GB"; sorts on the raw values of ModelCatalogModel::SortRole.
class ModelFilterProxy final : public CatalogFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilterProxy)

public:
    explicit ModelFilterProxy(QObject* parent = nullptr);

    void setFamily(const QString& family); // empty: every family
    // Keeps the models whose footprint stays under the headroom line of an N GB unified-memory
    // machine (core::assessFit says Comfortable); nullopt: any size.
    void setFitsInGiB(std::optional<double> gib);
    void setScenario(const core::Scenario& scenario); // headroom for the fit check

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_family;
    std::optional<double> m_fitsInGiB;
    core::Scenario m_scenario;
};

} // namespace localrig::ui
