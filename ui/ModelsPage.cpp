// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelsPage.h"

#include "CatalogTableView.h"
#include "ModelCatalogModel.h"
#include "ModelDetailsPanel.h"
#include "ModelFilterProxy.h"
#include "ModelImportDialog.h"
#include "UserModelStore.h"
#include "Wording.h"
#include "core/gguf/ModelFileInspector.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <array>
#include <set>

namespace localrig::ui {

namespace {

constexpr std::array kMemorySizes{8, 16, 24, 32, 36, 48, 64, 96, 128, 192, 256, 512};

} // namespace

ModelsPage::ModelsPage(const CatalogData& catalog, const ModelDisplayInfoMap& info, QWidget* parent)
    : CatalogPage(QStringLiteral("modelsPage"), parent)
{
    auto* filters = new QHBoxLayout;
    m_search
        = addSearch(filters, tr("&Search:"), QStringLiteral("modelSearchLineEdit"), tr("Name, family or developer"));
    m_family = addChoice(filters, tr("Fami&ly:"), QStringLiteral("modelFamilyComboBox"));
    m_fitsIn = addMemoryChoice(filters, tr("Fits comfortably &in:"), QStringLiteral("modelFitsInComboBox"),
                               tr("Any size"), kMemorySizes);
    m_fitsIn->setToolTip(tr("Keep the models whose footprint stays under the headroom line of a unified-memory "
                            "machine of this size, at the context chosen here."));
    addContextChoice(filters, tr("&Context:"), QStringLiteral("modelContextComboBox"),
                     tr("Tokens held in the KV cache: sets the KV-cache share of every footprint."));

    m_model = new ModelCatalogModel(this);
    m_proxy = new ModelFilterProxy(this);
    // Names and figures at full width; the developer, the longest free text, gives way and elides.
    setTable(m_model, m_proxy, QStringLiteral("modelsTableView"), ModelCatalogModel::Name)
        ->setStretchColumn(ModelCatalogModel::Developer);
    m_add = addAction(tr("&Add Model from GGUF File…"), QStringLiteral("addModelPushButton"));
    m_add->setToolTip(tr("Reads a .gguf file's header (or a Hugging Face config.json) and adds the model to your "
                         "catalog, sized exactly like the file."));
    m_remove = addAction(tr("&Delete…"), QStringLiteral("removeModelPushButton"));
    m_remove->setToolTip(tr("Deletes a model you added; shipped models cannot be deleted."));
    addActionStretch();
    m_details = new ModelDetailsPanel(this);
    assemble(filters, m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ModelFilterProxy::setSearchText);
    connect(m_family, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFamily(m_family->currentData().toString()); });
    connect(m_fitsIn, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setFitsInGiB(chosenGiB(m_fitsIn)); });
    connect(m_add, &QPushButton::clicked, this, &ModelsPage::addModelFromFile);
    connect(m_remove, &QPushButton::clicked, this, &ModelsPage::removeModel);
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Add Model from GGUF File"), QString(),
            tr("GGUF files (*.gguf);;Hugging Face config (config.json);;All files (*)"));
    };

    setCatalog(catalog, info);
}

void ModelsPage::setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info)
{
    const std::string selected = m_pendingSelection.empty() ? m_details->modelId() : m_pendingSelection;
    m_pendingSelection.clear();
    m_catalog = catalog;
    m_info = info;
    m_model->setCatalog(m_catalog, m_info);
    m_details->setCatalog(&m_catalog, &m_info);
    fillFilters();
    applyScenario();
    selectModel(selected);
}

void ModelsPage::fillFilters()
{
    std::set<QString> families;
    for (const core::ModelSpec& model : m_catalog.models) {
        if (!model.family.empty()) {
            families.insert(QString::fromStdString(model.family));
        }
    }
    std::vector<std::pair<QString, QString>> items;
    for (const QString& family : families) {
        items.emplace_back(family, family);
    }
    refillChoice(m_family, tr("All families"), items);
    m_proxy->setFamily(m_family->currentData().toString());
}

void ModelsPage::applyScenario()
{
    const core::Scenario current = scenario();
    m_model->setScenario(current);
    m_proxy->setScenario(current);
    m_details->setScenario(current);
}

void ModelsPage::selectModel(const std::string& modelId)
{
    selectSourceRow(m_model->rowOf(modelId));
}

void ModelsPage::showCurrent()
{
    const core::ModelSpec* model = m_model->modelAt(currentSourceRow());
    const std::string id = model ? model->id : std::string();
    if (id != m_details->modelId()) {
        m_details->setModel(id);
    }
    updateActions();
}

void ModelsPage::setModelStore(UserModelStore* store)
{
    m_store = store;
    updateActions();
}

void ModelsPage::setFileChooser(std::function<QString()> chooser)
{
    m_chooseFile = std::move(chooser);
}

void ModelsPage::updateActions()
{
    m_add->setEnabled(m_store != nullptr);
    m_remove->setEnabled(m_store != nullptr && isUserEntry(m_catalog.modelProvenance, m_details->modelId()));
}

void ModelsPage::addModelFromFile()
{
    if (!m_store) {
        return;
    }
    const QString path = m_chooseFile();
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = core::gguf::inspectModelFile(path.toStdString()); // the header, never the tensors
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Add Model from GGUF File"),
                             tr("%1 cannot be read as a model file, so nothing was added.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), QString::fromStdString(report.error().detail)));
        return;
    }
    ModelImportDialog dialog(report.value(), path, *m_store, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedModelId()) {
        m_pendingSelection = *dialog.savedModelId(); // for a catalog that is reloaded later
        selectModel(*dialog.savedModelId()); // a catalog reloaded while the dialog was open
    }
}

void ModelsPage::removeModel()
{
    const core::ModelSpec* model = m_catalog.model(m_details->modelId());
    if (!m_store || !model || !isUserEntry(m_catalog.modelProvenance, model->id)) {
        return;
    }
    const auto answer
        = QMessageBox::question(this, tr("Delete model"),
                                tr("Delete %1 from your catalog? Its file size and its Plan workload go with it.")
                                    .arg(QString::fromStdString(model->name)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (const Result<void> removed = m_store->removeModel(model->id); !removed) {
        QMessageBox::warning(this, tr("Could not delete"), Wording::error(removed.error()));
    }
}

} // namespace localrig::ui
