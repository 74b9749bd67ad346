import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../lib/reports';
import './chart.css';

// Only what the reports draw, on the canvas renderer: the SVG renderer writes inline style
// attributes, which the page's CSP (styles by nonce only) refuses.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * An ECharts chart on a canvas. The canvas is an image to assistive technology, described by
 * `label`; the same numbers are in the table beside it. `data-rendered` turns true once ECharts has
 * drawn the current option (the browser test waits for it).
 */
export function Chart({ option, label }: { option: ChartOption; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('finished', () => setRendered(true));
    const resize = () => c.resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(el);
    // Printing lays the page out narrower: redraw at the printed width.
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    setRendered(false);
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={ref} className="report-chart" role="img" aria-label={label} data-rendered={rendered} />;
}
