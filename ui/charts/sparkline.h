#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace tenure::ui {

// A small line of the last periods' values, drawn without axes: the shape of a KPI's trend.
// Undefined values leave a gap; the latest value is marked with a dot.
class Sparkline final : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(std::vector<std::optional<double>> values);
    const std::vector<std::optional<double>>& values() const { return m_values; }
    QSize sizeHint() const override { return {140, 36}; }
    QSize minimumSizeHint() const override { return {60, 24}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::optional<double>> m_values;
};

} // namespace tenure::ui
