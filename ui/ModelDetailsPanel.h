// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "CatalogDetailsPanel.h"
#include "ModelDisplayInfo.h"

#include <string>

class QLabel;
class QTreeWidget;

namespace localrig::ui {

class CatalogTableView;
class QuantFootprintModel;

// The selected model: its footprint at every quantization at the page's context, and the catalog
// machines that run it under the headroom line at the selected quantization, with expected decode speed.
class ModelDetailsPanel final : public CatalogDetailsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailsPanel)

public:
    enum FitsOnColumn { FitsOnMachine, FitsOnVerdict, FitsOnDecode, FitsOnColumnCount };

    explicit ModelDetailsPanel(QWidget* parent = nullptr);

    // Not owned: the page that holds the catalog outlives this panel.
    void setCatalog(const CatalogData* catalog, const ModelDisplayInfoMap* info);
    void setModel(const std::string& modelId); // empty: nothing selected
    void selectQuant(const std::string& quantId);

    const std::string& modelId() const { return m_modelId; }
    std::string selectedQuantId() const;
    QuantFootprintModel* footprintModel() const { return m_footprint; }

private:
    void refresh() override;
    void updateFitsOn();

    const CatalogData* m_catalog = nullptr;
    const ModelDisplayInfoMap* m_info = nullptr;
    std::string m_modelId;
    std::string m_quantId; // the quantization the "fits on" list uses

    QLabel* m_footprintHeading = nullptr;
    QuantFootprintModel* m_footprint = nullptr;
    CatalogTableView* m_footprintView = nullptr;
    QLabel* m_fitsOnHeading = nullptr;
    QTreeWidget* m_fitsOn = nullptr;
};

} // namespace localrig::ui
