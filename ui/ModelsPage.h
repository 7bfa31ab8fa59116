// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "ModelDisplayInfo.h"
#include "core/Scenario.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace localrig::ui {

class ModelCatalogModel;
class ModelDetailsPanel;
class ModelFilterProxy;

// The model catalog: a searchable, filterable, sortable table and, for the selected model, its
// footprint per quantization at the chosen context and the catalog machines it fits on.
class ModelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    explicit ModelsPage(const CatalogData& catalog, const ModelDisplayInfoMap& info = {}, QWidget* parent = nullptr);

    // Reloads after the catalog changed; the selected model stays selected when it still exists.
    void setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info = {});
    // Sessions, KV-cache type and headroom from the preferences; the context stays the page's own.
    void setBaseScenario(const core::Scenario& scenario);
    core::Scenario scenario() const;
    void selectModel(const std::string& modelId);

    ModelCatalogModel* catalogModel() const { return m_model; }
    ModelFilterProxy* filterProxy() const { return m_proxy; }
    ModelDetailsPanel* detailsPanel() const { return m_details; }

private:
    void fillFilters();
    void applyScenario();
    void showCurrent();

    CatalogData m_catalog;
    ModelDisplayInfoMap m_info;
    core::Scenario m_base;

    QLineEdit* m_search = nullptr;
    QComboBox* m_family = nullptr;
    QComboBox* m_fitsIn = nullptr;
    QComboBox* m_context = nullptr;
    ModelCatalogModel* m_model = nullptr;
    ModelFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    ModelDetailsPanel* m_details = nullptr;
};

} // namespace localrig::ui
