// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFilterProxy.h"

#include "ModelCatalogModel.h"
#include "core/Fit.h"

namespace localrig::ui {

namespace {

// A generic N GB unified-memory machine (no OS-specific GPU cap), to ask the core whether a footprint
// stays under the headroom line. Bandwidth only has to be valid: fit does not depend on it.
core::Platform unifiedMachine(double gib)
{
    core::Platform platform;
    platform.id = "filter";
    platform.memoryKind = core::MemoryKind::Unified;
    platform.backend = core::Backend::Vulkan;
    platform.memoryGiB = gib;
    platform.bandwidthGBs = 1.0;
    return platform;
}

} // namespace

ModelFilterProxy::ModelFilterProxy(QObject* parent)
    : CatalogFilterProxy(parent)
{ }

void ModelFilterProxy::setFamily(const QString& family)
{
    setFilterValue(m_family, family);
}

void ModelFilterProxy::setFitsInGiB(std::optional<double> gib)
{
    setFilterValue(m_fitsInGiB, gib);
}

void ModelFilterProxy::setScenario(const core::Scenario& scenario)
{
    setFilterValue(m_scenario, scenario);
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* models = qobject_cast<const ModelCatalogModel*>(sourceModel());
    const core::ModelSpec* spec = models && !sourceParent.isValid() ? models->modelAt(sourceRow) : nullptr;
    if (!spec) {
        return false;
    }
    const QString family = QString::fromStdString(spec->family);
    if (!m_family.isEmpty() && family != m_family) {
        return false;
    }
    if (!matchesSearch({QString::fromStdString(spec->name), QString::fromStdString(spec->id), family,
                        models->infoAt(sourceRow).developer})) {
        return false;
    }
    if (m_fitsInGiB) {
        const core::MemoryBreakdown* footprint = models->footprintAt(sourceRow);
        if (!footprint) {
            return false;
        }
        const auto fit = core::assessFit(*footprint, unifiedMachine(*m_fitsInGiB), m_scenario);
        return fit && fit.value().meetsHeadroom();
    }
    return true;
}

} // namespace localrig::ui
