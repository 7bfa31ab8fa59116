// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BandwidthMeasurement.h"
#include "CatalogPage.h"
#include "PlatformEditorDialog.h"
#include "core/Result.h"
#include "core/host/HostInfo.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace localrig::ui {

class PlatformCatalogModel;
class PlatformDetailsPanel;
class MyMachineStore;
class PlatformFilterProxy;
class UserCatalogStore;

// The hardware catalog: a searchable, filterable, sortable table of platforms; for the selected one its
// figures, price history and the models it runs comfortably. "Add my machine", "Edit…" and
// "Edit price…" write through the UserCatalogStore (none: the actions are disabled). "Detect This Computer…"
// reads this computer (db::detectHost), proposes it as a platform and saves it as my machine through the
// MyMachineStore, which the store also is in the application (CatalogSource). Before the editor opens it
// measures this computer's memory bandwidth (BandwidthMeasurement); once saved, and again from "What Runs
// Here…", a ThisComputerGradesDialog grades my machine for every workload.
class HardwarePage final : public CatalogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)

public:
    HardwarePage(const CatalogData& catalog, UserCatalogStore* store, QWidget* parent = nullptr);

    // Reloads after the catalog changed; the selected platform stays selected when it still exists.
    void setCatalog(const CatalogData& catalog);
    void selectPlatform(const std::string& platformId);
    std::string selectedPlatformId() const;
    // Where detected machines are saved; by default the store, when it also is a MyMachineStore.
    void setMachineStore(MyMachineStore* store);
    // What "Detect This Computer…" reads (default: db::detectHost()); tests give a fake /proc tree.
    void setHostDetector(std::function<Result<core::host::HostInfo>()> detector) { m_detectHost = std::move(detector); }
    // What measures the bandwidth after detection (default: BandwidthMeasurement::defaultProbe()).
    void setBandwidthProbe(BandwidthProbe probe) { m_probe = std::move(probe); }

    PlatformCatalogModel* catalogModel() const { return m_model; }
    PlatformFilterProxy* filterProxy() const { return m_proxy; }
    PlatformDetailsPanel* detailsPanel() const { return m_details; }

signals:
    // A save went through; the main window reloads the catalog and calls setCatalog().
    void catalogEdited();

private:
    void fillFilters();
    void applyScenario() override;
    void showCurrent() override;
    void updateActions();
    void addMachine();
    void editSelected(PlatformEditorDialog::Mode mode);
    void removeMachine();
    void detectThisComputer();
    void showGrades(const core::Platform& machine, std::optional<QDate> measuredOn);
    void showMyMachineGrades();

    CatalogData m_catalog;
    UserCatalogStore* m_store = nullptr;
    MyMachineStore* m_machineStore = nullptr;
    std::function<Result<core::host::HostInfo>()> m_detectHost;
    BandwidthProbe m_probe;
    std::string m_pendingSelection; // a machine just added, selected after the reload

    QLineEdit* m_search = nullptr;
    QComboBox* m_vendor = nullptr;
    QComboBox* m_minimumMemory = nullptr;
    QComboBox* m_formFactor = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_editPrice = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_detect = nullptr;
    QPushButton* m_grades = nullptr;
    PlatformCatalogModel* m_model = nullptr;
    PlatformFilterProxy* m_proxy = nullptr;
    PlatformDetailsPanel* m_details = nullptr;
};

} // namespace localrig::ui
