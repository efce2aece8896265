// The demo workspace's deals: ten countries and industries that together show every gap code, one enterprise-sized.
import type { Deal } from '../../../shared/model/deal-schema';
import type { DemoCalendar } from './demo-builders';
import { brandtMes } from './deals/brandt-mes';
import { harboursideTelematics } from './deals/harbourside-telematics';
import { lefevreLoyaltyCrm } from './deals/lefevre-loyalty-crm';
import { meridianTms } from './deals/meridian-tms';
import { nordlysGridMonitoring } from './deals/nordlys-grid-monitoring';
import { northwindErp } from './deals/northwind-erp';
import { pagafacilRiskEngine } from './deals/pagafacil-risk-engine';
import { riversideIntake } from './deals/riverside-intake';
import { sakuraStoreAnalytics } from './deals/sakura-store-analytics';
import { vandijkServiceDesk } from './deals/vandijk-service-desk';

/** Every demo deal as of the seeding day; "ERP replacement" sorts first, so a new user sees it. */
export function buildDemoDeals(calendar: DemoCalendar): Deal[] {
  return [
    northwindErp(calendar),
    brandtMes(calendar),
    riversideIntake(calendar),
    harboursideTelematics(calendar),
    sakuraStoreAnalytics(calendar),
    pagafacilRiskEngine(calendar),
    nordlysGridMonitoring(calendar),
    vandijkServiceDesk(calendar),
    lefevreLoyaltyCrm(calendar),
    meridianTms(calendar),
  ];
}
