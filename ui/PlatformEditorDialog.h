// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "core/Platform.h"
#include "core/Result.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace localrig::ui {

class FigureFields;
class UserCatalogStore;

// Adds "my machine", edits a platform, or sets a price override. Every field has a QValidator; Save
// stays disabled, and a message names the field and the reason, until every field is acceptable and
// core::validated() accepts the platform. Nothing is written before Save; Reset restores the values
// the dialog opened with, and each text field keeps QLineEdit's own undo (Ctrl+Z).
class PlatformEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformEditorDialog)

public:
    enum class Mode {
        Platform, // every field; Save calls UserCatalogStore::savePlatform
        Price, // the price only; Save calls UserCatalogStore::setPriceOverride
    };

    // initial: the platform to edit, or nullopt for a new one. catalog (optional) offers vendor and
    // form-factor choices and the ids a new platform must not take.
    PlatformEditorDialog(UserCatalogStore& store, Mode mode, const std::optional<core::Platform>& initial,
                         const CatalogData* catalog = nullptr, QWidget* parent = nullptr);

    void reset();
    // A machine detected on this computer ("Detect This Computer…"): `explanation` (rich text) is shown
    // above the form; figures nobody detected (0) start empty and an unknown form factor must be chosen,
    // so Save waits until the user has entered them.
    void setDetected(const QString& explanation);
    // The platform the fields describe, checked by core::validated.
    Result<core::Platform> platform() const;
    // What keeps Save disabled, naming the field; empty when everything is acceptable.
    QString problem() const;
    // The platform that was written, after a successful Save.
    const std::optional<core::Platform>& saved() const { return m_saved; }

private:
    void updateState();
    void save();
    std::string newId(const QString& name) const;

    UserCatalogStore& m_store;
    Mode m_mode = Mode::Platform;
    std::optional<core::Platform> m_initial;
    std::vector<std::string> m_takenIds;
    std::optional<core::Platform> m_saved;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_vendor = nullptr;
    QComboBox* m_formFactor = nullptr;
    QComboBox* m_memoryKind = nullptr;
    QComboBox* m_backend = nullptr;
    QLineEdit* m_memory = nullptr;
    QLineEdit* m_vram = nullptr;
    QLineEdit* m_bandwidth = nullptr;
    QLineEdit* m_tflops = nullptr;
    QLineEdit* m_loadWatts = nullptr;
    QLineEdit* m_price = nullptr;
    QCheckBox* m_portable = nullptr;
    FigureFields* m_figures = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_intro = nullptr; // what was detected, shown only for a detected machine
    bool m_detected = false;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace localrig::ui
