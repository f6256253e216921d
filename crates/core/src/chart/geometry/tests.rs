use super::*;

fn x_mapping() -> XMapping {
    XMapping {
        start: 100.0,
        end: 200.0,
        left: 50.0,
        width: 500.0,
    }
}

#[test]
fn x_pixels_and_days_round_trip() {
    let x = x_mapping();
    assert_eq!(x.to_px(100.0), 50.0);
    assert_eq!(x.to_px(200.0), 550.0);
    assert_eq!(x.to_px(150.0), 300.0);
    for px in [50.0, 123.4, 550.0] {
        assert!((x.to_px(x.to_data(px)) - px).abs() < 1e-9);
    }
}

#[test]
fn rank_axis_is_inverted() {
    let y = YMapping {
        scale: YScale::Rank { bottom: 100.0 },
        top: 30.0,
        height: 198.0,
        ticks: Vec::new(),
    };
    let top = y.to_px(1.0).unwrap();
    let bottom = y.to_px(100.0).unwrap();
    assert_eq!(top, 30.0, "No. 1 at the top");
    assert_eq!(bottom, 228.0, "No. 100 at the bottom");
    assert!(
        y.to_px(3.0).unwrap() < y.to_px(40.0).unwrap(),
        "a better rank is higher"
    );
    assert!((y.to_data(y.to_px(40.0).unwrap()) - 40.0).abs() < 1e-9);
}

#[test]
fn log_axis_puts_decades_evenly_and_refuses_zero() {
    let y = YMapping {
        scale: YScale::Log { min: 1e3, max: 1e6 },
        top: 0.0,
        height: 300.0,
        ticks: Vec::new(),
    };
    assert_eq!(y.to_px(1e6), Some(0.0));
    assert!((y.to_px(1e5).unwrap() - 100.0).abs() < 1e-9);
    assert!((y.to_px(1e4).unwrap() - 200.0).abs() < 1e-9);
    assert_eq!(y.to_px(0.0), None);
    assert!((y.to_data(100.0) - 1e5).abs() < 1e-6);
}

#[test]
fn zoom_keeps_the_day_under_the_pointer() {
    let x = x_mapping();
    let (start, end) = x.zoomed(300.0, 0.5, (0.0, 1000.0), 7.0);
    assert_eq!((start, end), (125.0, 175.0));
    let (start, end) = x.zoomed(300.0, 100.0, (0.0, 1000.0), 7.0);
    assert_eq!((start, end), (0.0, 1000.0), "zooming out stops at the data");
    let (start, end) = x.zoomed(300.0, 0.001, (0.0, 1000.0), 7.0);
    assert!((end - start - 7.0).abs() < 1e-9, "no narrower than a week");
}

#[test]
fn pan_moves_by_pixels_and_stops_at_the_edge() {
    let x = x_mapping();
    assert_eq!(x.panned(-50.0, (0.0, 1000.0)), (110.0, 210.0));
    assert_eq!(x.panned(5000.0, (0.0, 1000.0)), (0.0, 100.0));
    assert_eq!(x.between(300.0, 100.0), (110.0, 150.0));
}
