// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gguf/ModelFileReport.h"
#include "db/ModelFileImport.h"

#include <QDialog>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace localrig::ui {

class UserModelStore;

// The review before "Add Model from GGUF File…" saves: what the header said (read-only), then the name,
// the quantization the file's exact bytes are recorded at, and whether the Plan page offers the model as a
// workload. Nothing is written before Save; rows come from db::importModelFile.
class ModelImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelImportDialog)

public:
    ModelImportDialog(core::gguf::ModelFileReport report, QString fileName, UserModelStore& store,
                      QWidget* parent = nullptr);

    db::ModelImportOptions options() const;
    // What keeps Save disabled, naming the field; empty when the model can be saved.
    QString problem() const;
    // The id of the model that was written, after a successful Save.
    const std::optional<std::string>& savedModelId() const { return m_saved; }

private:
    QWidget* factsBox();
    void fillQuantizations();
    void updateState();
    void save();

    core::gguf::ModelFileReport m_report;
    QString m_fileName;
    UserModelStore& m_store;
    std::optional<QString> m_namedQuant; // the quantization the file type names, if the catalog has it
    std::optional<std::string> m_saved;

    QLineEdit* m_name = nullptr;
    QLabel* m_replaces = nullptr;
    QComboBox* m_quant = nullptr;
    QLabel* m_quantNote = nullptr;
    QCheckBox* m_workload = nullptr;
    QComboBox* m_context = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace localrig::ui
