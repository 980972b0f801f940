import type { RequestHandler } from 'express';
import type { Histogram } from 'prom-client';

/**
 * Times every HTTP request by its route pattern (`/api/documents/:id/export`), never the raw
 * path, so ids do not become label values. Static files and unknown paths get one label each.
 */
export function httpMetrics(histogram: Histogram<'method' | 'route' | 'status_code'>): RequestHandler {
  return (req, res, next) => {
    const end = histogram.startTimer();
    res.once('finish', () => {
      const route = req.route
        ? `${req.baseUrl}${String(req.route.path)}`
        : res.statusCode === 404
          ? 'unmatched'
          : 'static';
      end({ method: req.method, route, status_code: String(res.statusCode) });
    });
    next();
  };
}
