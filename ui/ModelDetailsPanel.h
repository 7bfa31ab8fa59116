// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "ModelDisplayInfo.h"
#include "core/Scenario.h"
#include "core/SpeedCalibration.h"

#include <QWidget>

#include <string>

class QLabel;
class QTableView;
class QTreeWidget;

namespace localrig::ui {

class QuantFootprintModel;

// The selected model: its footprint at every quantization at the page's context, and the catalog
// machines that run it under the headroom line at the selected quantization, with expected decode speed.
class ModelDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailsPanel)

public:
    enum FitsOnColumn { FitsOnMachine, FitsOnVerdict, FitsOnDecode, FitsOnColumnCount };

    explicit ModelDetailsPanel(QWidget* parent = nullptr);

    // Not owned: the page that holds the catalog outlives this panel.
    void setCatalog(const CatalogData* catalog, const ModelDisplayInfoMap* info);
    void setModel(const std::string& modelId); // empty: nothing selected
    void setScenario(const core::Scenario& scenario);
    void selectQuant(const std::string& quantId);

    const std::string& modelId() const { return m_modelId; }
    std::string selectedQuantId() const;
    QuantFootprintModel* footprintModel() const { return m_footprint; }

protected:
    // Verdict colours follow a switch between a light and a dark palette.
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void updateFitsOn();

    const CatalogData* m_catalog = nullptr;
    const ModelDisplayInfoMap* m_info = nullptr;
    std::string m_modelId;
    std::string m_quantId; // the quantization the "fits on" list uses
    core::Scenario m_scenario;
    core::SpeedCalibration m_calibration = core::SpeedCalibration::fitted();

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_footprintHeading = nullptr;
    QuantFootprintModel* m_footprint = nullptr;
    QTableView* m_footprintView = nullptr;
    QLabel* m_fitsOnHeading = nullptr;
    QTreeWidget* m_fitsOn = nullptr;
};

} // namespace localrig::ui
