// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTextObject.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextCursor>

namespace localrig::ui {

namespace {

constexpr int kChartScaleProperty = QTextFormat::UserProperty + 2; // share of the full chart size taken
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 1;

} // namespace

ChartTextObject::ChartTextObject(QSizeF sceneSize, QSizeF documentSize, QObject* parent)
    : QObject(parent)
    , m_sceneSize(sceneSize)
    , m_documentSize(documentSize)
{ }

ChartTextObject::~ChartTextObject() = default;

void ChartTextObject::insert(QTextCursor& cursor, std::unique_ptr<QChart> chart, double scale)
{
    auto scene = std::make_unique<QGraphicsScene>();
    QChart* raw = chart.release();
    scene->addItem(raw); // the scene owns the chart from here
    raw->setGeometry(QRectF(QPointF(0, 0), m_sceneSize));
    if (raw->layout()) {
        raw->layout()->activate(); // lay out now: the report paints without an event loop turn
    }
    scene->setSceneRect(QRectF(QPointF(0, 0), m_sceneSize));
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kChartIndexProperty, static_cast<int>(m_scenes.size()));
    format.setProperty(kChartScaleProperty, scale > 0.0 ? scale : 1.0);
    m_scenes.push_back(std::move(scene));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const double scale
        = format.hasProperty(kChartScaleProperty) ? format.property(kChartScaleProperty).toDouble() : 1.0;
    return m_documentSize * scale;
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const int index = format.property(kChartIndexProperty).toInt();
    if (index < 0 || index >= static_cast<int>(m_scenes.size())) {
        return;
    }
    // Chart items replace the painter's clip with their plot area, so a chart of another page would show in
    // this page's margin: draw only the chart that lies wholly on the page being painted.
    if (painter->hasClipping() && !painter->clipBoundingRect().adjusted(-1.0, -1.0, 1.0, 1.0).contains(rect)) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_scenes[static_cast<std::size_t>(index)]->render(painter, rect, QRectF(QPointF(0, 0), m_sceneSize),
                                                      Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace localrig::ui
