import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaravanStatus } from '../hajj.graphql-enums';
import { RIALS } from '../receipts/receipt-status.type';

/** A caravan as the provincial notice lists it (rule 7), with its seats counted now. */
@ObjectType('HajjCaravan', { description: 'A caravan of the active season as its provincial notice lists it, with seats counted now' })
export class HajjCaravanView {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  province!: string;

  @Field()
  managerName!: string;

  @Field()
  managerPhone!: string;

  @Field()
  address!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: "floor(capacity × the season's online share)" })
  onlineCapacity!: number;

  @Field(() => Int, { description: 'Seats held now (online holds not yet ended, confirmed and paid registrations)' })
  taken!: number;

  @Field(() => Int, { description: 'Seats of the online share held now' })
  onlineTaken!: number;

  @Field({ description: `The final cost per pilgrim. ${RIALS}` })
  finalCostRials!: string;
}

/** A caravan as the Hajj admin (and its own manager) sees it. */
@ObjectType('HajjCaravanDetails', { description: 'A caravan with its status and manager, for the Hajj staff' })
export class HajjCaravanDetailsView extends HajjCaravanView {
  @Field(() => CaravanStatus)
  status!: CaravanStatus;

  @Field(() => String, { nullable: true, description: "The CARAVAN_MANAGER user's national ID" })
  managerNationalId!: string | null;
}
