// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QTextCursor;

namespace localrig::ui {

// Places charts in a QTextDocument: each is one object character the layout sizes and the report's painter
// draws through QGraphicsScene::render, so the PDF holds the chart as vector paths and selectable text.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ChartTextObject)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // `sceneSize`: the chart's own layout size in logical pixels (its fonts are sized against it);
    // `documentSize`: the size it takes in the document, in the document layout's units.
    ChartTextObject(QSizeF sceneSize, QSizeF documentSize, QObject* parent = nullptr);
    ~ChartTextObject() override;

    // Takes the chart and inserts its object character at the cursor, at `scale` of the document size.
    void insert(QTextCursor& cursor, std::unique_ptr<QChart> chart, double scale = 1.0);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    QSizeF m_sceneSize;
    QSizeF m_documentSize;
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
};

} // namespace localrig::ui
