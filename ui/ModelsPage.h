// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogPage.h"
#include "ModelDisplayInfo.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace localrig::ui {

class ModelCatalogModel;
class ModelDetailsPanel;
class ModelFilterProxy;
class UserModelStore;

// The model catalog: a searchable, filterable, sortable table and, for the selected model, its
// footprint per quantization at the chosen context and the catalog machines it fits on. "Add Model from
// GGUF File…" reads a file's header, shows what it says for review and saves the model through the
// UserModelStore (none: the actions are disabled); "Delete…" removes one of the user's own models.
class ModelsPage final : public CatalogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    explicit ModelsPage(const CatalogData& catalog, const ModelDisplayInfoMap& info = {}, QWidget* parent = nullptr);

    // Reloads after the catalog changed; the selected model stays selected when it still exists.
    void setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info = {});
    void selectModel(const std::string& modelId);
    // Where models are added and deleted; the main window passes its CatalogSource.
    void setModelStore(UserModelStore* store);
    // Asks for the file to add (default: a QFileDialog); tests return a fixture's path.
    void setFileChooser(std::function<QString()> chooser);
    // "Add Model from GGUF File…": choose a file, review what its header says, save (also for a menu entry).
    void addModelFromFile();

    ModelCatalogModel* catalogModel() const { return m_model; }
    ModelFilterProxy* filterProxy() const { return m_proxy; }
    ModelDetailsPanel* detailsPanel() const { return m_details; }

private:
    void fillFilters();
    void updateActions();
    void removeModel();
    void applyScenario() override;
    void showCurrent() override;

    CatalogData m_catalog;
    ModelDisplayInfoMap m_info;
    UserModelStore* m_store = nullptr;
    std::function<QString()> m_chooseFile;
    std::string m_pendingSelection; // a model just added, selected once the reloaded catalog arrives

    QLineEdit* m_search = nullptr;
    QComboBox* m_family = nullptr;
    QComboBox* m_fitsIn = nullptr;
    ModelCatalogModel* m_model = nullptr;
    ModelFilterProxy* m_proxy = nullptr;
    ModelDetailsPanel* m_details = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace localrig::ui
